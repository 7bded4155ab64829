package org.carepath.content.revision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.carepath.content.rendering.RenderedBody;

/**
 * An article and its revisions: the aggregate that keeps the editorial rules. Every
 * change adds a revision or moves one revision's state; nothing already written is
 * changed. Callers lock the article row first, so two staff members acting on one article
 * at once are served one after the other.
 */
@Entity
@Table(name = "article")
class Article {

	@Id
	private UUID id;

	@Column(updatable = false)
	private String slug;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant publishedAt;

	private Instant archivedAt;

	private String archivedBy;

	@Version
	private Integer version;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "article_id", nullable = false, updatable = false)
	@OrderBy("number")
	private List<Revision> revisions = new ArrayList<>();

	protected Article() {
	}

	Article(String slug, Instant now) {
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.createdAt = now;
	}

	/**
	 * Saves what the editor sent as a new draft revision. An earlier draft nobody
	 * submitted is superseded by it; while a revision is in review the article is frozen
	 * until the reviewer decides.
	 */
	Revision saveDraft(RevisionContent content, RenderedBody rendered, Staff editor, Instant now) {
		requireNotArchived();
		Optional<Revision> inReview = current(RevisionState.IN_REVIEW);
		if (inReview.isPresent()) {
			throw new InvalidTransitionException("Revision " + inReview.get().number()
					+ " is in review: it must be approved or sent back before the article is edited again.");
		}
		int number = this.revisions.stream().mapToInt(Revision::number).max().orElse(0) + 1;
		current(RevisionState.DRAFT).ifPresent(
				draft -> draft.moveTo(RevisionState.SUPERSEDED, editor, now, "Replaced by revision " + number + "."));
		Revision revision = Revision.draft(number, content, rendered, editor, now);
		this.revisions.add(revision);
		return revision;
	}

	Revision submit(int number, Staff editor, Instant now) {
		requireNotArchived();
		Revision revision = revision(number);
		requireState(revision, RevisionState.DRAFT, "submitted for review");
		revision.submit(editor, now);
		return revision;
	}

	/**
	 * Publishes a revision in review; the revision published until now is superseded by
	 * it. The approval covers exactly what the reviewer was shown: {@code shownHash} must
	 * be the hash of what the revision would publish now.
	 * @param publicParts what the revision would publish, its resources as readers would
	 * see them today
	 */
	Revision approve(int number, Staff reviewer, String shownHash, Function<Revision, PublicParts> publicParts,
			Instant now) {
		requireNotArchived();
		Revision revision = revision(number);
		requireState(revision, RevisionState.IN_REVIEW, "approved");
		if (revision.createdBy().equals(reviewer.username())) {
			throw new SelfApprovalException();
		}
		if (!publicParts.apply(revision).hash().equals(shownHash)) {
			throw new UnreviewedContentException(number);
		}
		current(RevisionState.PUBLISHED).ifPresent(published -> published.moveTo(RevisionState.SUPERSEDED, reviewer,
				now, "Superseded by revision " + number + "."));
		revision.publish(reviewer, now);
		if (this.publishedAt == null) {
			this.publishedAt = now;
		}
		return revision;
	}

	Revision sendBack(int number, Staff reviewer, String comments, Instant now) {
		requireNotArchived();
		Revision revision = revision(number);
		requireState(revision, RevisionState.IN_REVIEW, "sent back");
		revision.sendBack(reviewer, comments, now);
		return revision;
	}

	/**
	 * Withdraws the article: the public no longer sees it, and open drafts and reviews
	 * are closed.
	 */
	void archive(Staff staff, Instant now) {
		requireNotArchived();
		this.revisions.stream()
			.filter(revision -> revision.isIn(RevisionState.PUBLISHED) || revision.isIn(RevisionState.IN_REVIEW)
					|| revision.isIn(RevisionState.DRAFT))
			.forEach(revision -> revision.moveTo(RevisionState.ARCHIVED, staff, now, "Article archived."));
		this.archivedAt = now;
		this.archivedBy = staff.username();
	}

	Revision revision(int number) {
		return this.revisions.stream()
			.filter(revision -> revision.number() == number)
			.findFirst()
			.orElseThrow(() -> new RevisionNotFoundException(this.slug, number));
	}

	Optional<Revision> published() {
		return current(RevisionState.PUBLISHED);
	}

	Revision latest() {
		return this.revisions.stream().max(Comparator.comparingInt(Revision::number)).orElseThrow();
	}

	private Optional<Revision> current(RevisionState state) {
		return this.revisions.stream().filter(revision -> revision.isIn(state)).findFirst();
	}

	private void requireNotArchived() {
		if (this.archivedAt != null) {
			throw new InvalidTransitionException("Article " + this.slug + " is archived.");
		}
	}

	private static void requireState(Revision revision, RevisionState required, String action) {
		if (!revision.isIn(required)) {
			throw new InvalidTransitionException("Revision " + revision.number() + " is " + revision.state().value()
					+ "; only a revision that is " + required.value() + " can be " + action + ".");
		}
	}

	UUID id() {
		return this.id;
	}

	String slug() {
		return this.slug;
	}

	Instant publishedAt() {
		return this.publishedAt;
	}

	Instant archivedAt() {
		return this.archivedAt;
	}

	/** Newest first. */
	List<Revision> revisions() {
		List<Revision> newestFirst = new ArrayList<>(this.revisions);
		Collections.reverse(newestFirst);
		return newestFirst;
	}

}
