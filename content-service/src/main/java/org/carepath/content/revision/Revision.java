package org.carepath.content.revision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.carepath.content.article.Author;
import org.carepath.content.article.FaqEntry;
import org.carepath.content.rendering.RenderedBody;
import org.carepath.content.rendering.TocEntry;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of an article. Its content, rendered HTML included, is written once
 * ({@code updatable = false}, and a database trigger refuses changes); only its workflow
 * state moves, each move recorded as a {@link RevisionEvent}.
 */
@Entity
@DynamicUpdate
@Table(name = "article_revision")
class Revision {

	@Id
	private UUID id;

	@Column(updatable = false)
	private int number;

	private RevisionState state;

	@Column(updatable = false)
	private String title;

	@Column(updatable = false)
	private String summary;

	@Column(updatable = false)
	private String authorName;

	@Column(updatable = false)
	private String authorCredentials;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(updatable = false, columnDefinition = "text[]")
	private List<String> topics;

	@Column(updatable = false)
	private String body;

	@Column(updatable = false)
	private String html;

	@Convert(converter = JsonColumns.Toc.class)
	@ColumnTransformer(write = "cast(? as jsonb)")
	@Column(updatable = false, columnDefinition = "jsonb")
	private List<TocEntry> toc;

	@Convert(converter = JsonColumns.Faq.class)
	@ColumnTransformer(write = "cast(? as jsonb)")
	@Column(updatable = false, columnDefinition = "jsonb")
	private List<FaqEntry> faq;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(updatable = false, columnDefinition = "text[]")
	private List<String> relatedInstruments;

	@ElementCollection
	@CollectionTable(name = "revision_resource", joinColumns = @JoinColumn(name = "revision_id"))
	@OrderColumn(name = "position")
	@Column(name = "resource_id")
	private List<String> resourceIds = new ArrayList<>();

	@Column(updatable = false)
	private String bodyText;

	@Column(updatable = false)
	private int readingMinutes;

	@Column(updatable = false)
	private String createdBy;

	@Column(updatable = false)
	private String createdByName;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant submittedAt;

	private String reviewedBy;

	private String reviewedByName;

	private Instant reviewedAt;

	private String reviewComments;

	private Instant publishedAt;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "revision_id", nullable = false, updatable = false)
	@OrderBy("id")
	private List<RevisionEvent> events = new ArrayList<>();

	protected Revision() {
	}

	static Revision draft(int number, RevisionContent content, RenderedBody rendered, Staff editor, Instant now) {
		Revision revision = new Revision();
		revision.id = UUID.randomUUID();
		revision.number = number;
		revision.state = RevisionState.DRAFT;
		revision.title = content.title();
		revision.summary = content.summary();
		revision.authorName = content.author().name();
		revision.authorCredentials = content.author().credentials();
		revision.topics = List.copyOf(content.topics());
		revision.body = content.body();
		revision.html = rendered.html();
		revision.toc = List.copyOf(rendered.toc());
		revision.faq = List.copyOf(content.faq());
		revision.relatedInstruments = List.copyOf(content.relatedInstruments());
		revision.resourceIds.addAll(content.resourceIds());
		revision.bodyText = rendered.plainText();
		revision.readingMinutes = rendered.readingMinutes();
		revision.createdBy = editor.username();
		revision.createdByName = editor.name();
		revision.createdAt = now;
		revision.events.add(new RevisionEvent(null, RevisionState.DRAFT, editor, now, null));
		return revision;
	}

	void submit(Staff editor, Instant now) {
		moveTo(RevisionState.IN_REVIEW, editor, now, null);
		this.submittedAt = now;
	}

	void publish(Staff reviewer, Instant now) {
		moveTo(RevisionState.PUBLISHED, reviewer, now, null);
		this.reviewedBy = reviewer.username();
		this.reviewedByName = reviewer.name();
		this.reviewedAt = now;
		this.publishedAt = now;
	}

	void sendBack(Staff reviewer, String comments, Instant now) {
		moveTo(RevisionState.DRAFT, reviewer, now, comments);
		this.reviewedBy = reviewer.username();
		this.reviewedByName = reviewer.name();
		this.reviewedAt = now;
		this.reviewComments = comments;
	}

	void moveTo(RevisionState to, Staff actor, Instant now, String comments) {
		this.events.add(new RevisionEvent(this.state, to, actor, now, comments));
		this.state = to;
	}

	boolean isIn(RevisionState state) {
		return this.state == state;
	}

	UUID id() {
		return this.id;
	}

	int number() {
		return this.number;
	}

	RevisionState state() {
		return this.state;
	}

	String title() {
		return this.title;
	}

	String summary() {
		return this.summary;
	}

	Author author() {
		return new Author(this.authorName, this.authorCredentials);
	}

	List<String> topics() {
		return this.topics;
	}

	String body() {
		return this.body;
	}

	String html() {
		return this.html;
	}

	List<TocEntry> toc() {
		return this.toc;
	}

	List<FaqEntry> faq() {
		return this.faq;
	}

	List<String> relatedInstruments() {
		return this.relatedInstruments;
	}

	List<String> resourceIds() {
		return Collections.unmodifiableList(this.resourceIds);
	}

	int readingMinutes() {
		return this.readingMinutes;
	}

	String createdBy() {
		return this.createdBy;
	}

	String createdByName() {
		return this.createdByName;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	String reviewedBy() {
		return this.reviewedBy;
	}

	String reviewedByName() {
		return this.reviewedByName;
	}

	Instant reviewedAt() {
		return this.reviewedAt;
	}

	String reviewComments() {
		return this.reviewComments;
	}

	Instant publishedAt() {
		return this.publishedAt;
	}

	List<RevisionEvent> events() {
		return Collections.unmodifiableList(this.events);
	}

}
