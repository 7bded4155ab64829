package org.carepath.content.revision;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.carepath.content.rendering.MarkdownRenderer;
import org.carepath.content.rendering.RenderedBody;
import org.carepath.content.resource.SupportResources;
import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, reviewing and publishing articles. Each action is one transaction on one
 * locked article: a refusal (an exception of this package, such as
 * {@link InvalidTransitionException}) rolls it back whole, so nothing is ever
 * half-written. Bodies are rendered here, once, when a revision is written.
 */
@Service
@Transactional
class EditorialWorkflow {

	private static final String UNIQUE_VIOLATION = "23505";

	/**
	 * The name PostgreSQL gave the {@code unique} on {@code article.slug}
	 * (V1__articles.sql).
	 */
	private static final String SLUG_CONSTRAINT = "article_slug_key";

	private final Articles articles;

	private final MarkdownRenderer renderer;

	private final SupportResources resources;

	private final Clock clock;

	EditorialWorkflow(Articles articles, MarkdownRenderer renderer, SupportResources resources, Clock clock) {
		this.articles = articles;
		this.renderer = renderer;
		this.resources = resources;
		this.clock = clock;
	}

	RevisionView create(String slug, RevisionContent content, Staff editor) {
		if (this.articles.existsBySlug(slug)) {
			throw new SlugTakenException(slug);
		}
		Instant now = now();
		Article article = new Article(slug, now);
		Revision revision = article.saveDraft(content, render(content), editor, now);
		try {
			this.articles.saveAndFlush(article);
		}
		catch (DataIntegrityViolationException ex) {
			if (isSlugTaken(ex)) {
				// Another editor took the slug between the check and the insert.
				throw new SlugTakenException(slug);
			}
			throw ex;
		}
		return view(article, revision);
	}

	/**
	 * Only a unique violation (SQL state 23505) of the article's slug constraint means
	 * the slug is taken.
	 */
	static boolean isSlugTaken(DataIntegrityViolationException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation) {
				return UNIQUE_VIOLATION.equals(violation.getSQLState())
						&& SLUG_CONSTRAINT.equalsIgnoreCase(violation.getConstraintName());
			}
		}
		return false;
	}

	RevisionView saveDraft(String slug, RevisionContent content, Staff editor) {
		Article article = lock(slug);
		return view(article, article.saveDraft(content, render(content), editor, now()));
	}

	RevisionView submit(String slug, int number, Staff editor) {
		Article article = lock(slug);
		return view(article, article.submit(number, editor, now()));
	}

	RevisionView approve(String slug, int number, Staff reviewer, String shownHash) {
		Article article = lock(slug);
		return view(article, article.approve(number, reviewer, shownHash, this::publicParts, now()));
	}

	RevisionView sendBack(String slug, int number, Staff reviewer, String comments) {
		Article article = lock(slug);
		return view(article, article.sendBack(number, reviewer, comments.strip(), now()));
	}

	ArticleStatus archive(String slug, Staff staff) {
		Article article = lock(slug);
		article.archive(staff, now());
		return ArticleStatus.of(article);
	}

	@Transactional(readOnly = true)
	List<RevisionSummary> revisions(String slug) {
		return find(slug).revisions().stream().map(RevisionSummary::of).toList();
	}

	@Transactional(readOnly = true)
	RevisionView revision(String slug, int number) {
		Article article = find(slug);
		return view(article, article.revision(number));
	}

	private RenderedBody render(RevisionContent content) {
		return this.renderer.render(content.body());
	}

	private Article lock(String slug) {
		return this.articles.lockBySlug(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
	}

	private Article find(String slug) {
		return this.articles.findBySlug(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
	}

	private RevisionView view(Article article, Revision revision) {
		PublicParts published = article.published().map(this::publicParts).orElse(null);
		return RevisionView.of(article, revision, publicParts(revision), published);
	}

	private PublicParts publicParts(Revision revision) {
		return PublicParts.of(revision, this.resources.byIds(revision.resourceIds()));
	}

	private Instant now() {
		// PostgreSQL keeps microseconds: truncate so what is returned is what is stored.
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
