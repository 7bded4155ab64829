package org.carepath.portal.editorial;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The content service's editorial API as the portal reads and writes it. Names follow the
 * API; fields the service adds later are ignored, and a list it leaves out is empty.
 */
final class EditorialApi {

	private EditorialApi() {
	}

	record Author(@Nullable String name, @Nullable String credentials) {
	}

	record Faq(@Nullable String question, @Nullable String answer) {
	}

	/** {@code POST /api/content/articles}: a new article and its first revision. */
	record CreateRequest(String slug, String title, String summary, Author author, List<String> topics, String body,
			List<Faq> faq, List<String> relatedInstruments, List<String> resourceIds) {
	}

	/** {@code PUT /api/content/articles/{slug}/draft}: always a new draft revision. */
	record DraftRequest(String title, String summary, Author author, List<String> topics, String body, List<Faq> faq,
			List<String> relatedInstruments, List<String> resourceIds) {
	}

	record SendBackRequest(String comments) {
	}

	/**
	 * {@code POST …/approve}: names what the reviewer was shown, the revision's
	 * {@code contentHash}.
	 */
	record ApprovalRequest(String contentHash) {
	}

	record PreviewRequest(String body) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TocEntry(@Nullable String id, @Nullable String text, @Nullable Integer level) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Preview(@Nullable String html, @Nullable List<TocEntry> toc, @Nullable Integer readingMinutes) {
	}

	/**
	 * One revision in full, as staff work on it. {@code published} holds the public parts
	 * of the revision the public reads now (null when there is none;
	 * {@code publishedBody} is its Markdown alone); {@code contentHash} names this
	 * revision's public parts, and an approval must send it back.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Revision(@Nullable String slug, int revision, @Nullable String state, @Nullable String title,
			@Nullable String summary, @Nullable Author author, @Nullable List<String> topics, @Nullable String body,
			@Nullable String html, @Nullable List<Faq> faq, @Nullable List<String> relatedInstruments,
			@Nullable List<String> resourceIds, @Nullable List<Resource> resources, @Nullable Integer readingMinutes,
			@Nullable String createdBy, @Nullable Instant createdAt, @Nullable Instant submittedAt,
			@Nullable String reviewedBy, @Nullable Instant reviewedAt, @Nullable String comments,
			@Nullable String publishedBody, @Nullable PublicParts published, @Nullable String contentHash) {

		Revision {
			topics = present(topics);
			faq = present(faq);
			relatedInstruments = present(relatedInstruments);
			resourceIds = present(resourceIds);
			resources = present(resources);
		}

		/** This revision's own public parts, to compare with {@link #published()}. */
		PublicParts publicParts() {
			return new PublicParts(this.title, this.summary, this.author, this.topics, this.body, this.faq,
					this.relatedInstruments, this.resources);
		}

		public RevisionState stateLabel() {
			return RevisionState.of(this.state);
		}

	}

	/**
	 * What of a revision goes public: what a reviewer compares and approves. Resources as
	 * readers see them (by name).
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record PublicParts(@Nullable String title, @Nullable String summary, @Nullable Author author,
			@Nullable List<String> topics, @Nullable String body, @Nullable List<Faq> faq,
			@Nullable List<String> relatedInstruments, @Nullable List<Resource> resources) {

		PublicParts {
			topics = present(topics);
			faq = present(faq);
			relatedInstruments = present(relatedInstruments);
			resources = present(resources);
		}

	}

	/** A line of an article's history, newest first. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record RevisionSummary(int revision, @Nullable String state, @Nullable String title, @Nullable String createdBy,
			@Nullable Instant createdAt, @Nullable Instant submittedAt, @Nullable String reviewedBy,
			@Nullable Instant reviewedAt, @Nullable String comments) {

		public RevisionState stateLabel() {
			return RevisionState.of(this.state);
		}

	}

	/** A revision waiting for a reviewer, oldest first. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record QueueItem(String slug, int revision, @Nullable String title, @Nullable String createdBy,
			@Nullable Instant submittedAt) {
	}

	/**
	 * An article on the editor's worklist, by its latest revision; {@code updatedAt} is
	 * the last thing that happened to it.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ArticleStatus(String slug, @Nullable String title, int revision, @Nullable String state,
			@Nullable Instant updatedAt) {

		public RevisionState stateLabel() {
			return RevisionState.of(this.state);
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	/** A support resource with every detail readers see of it. */
	record Resource(@Nullable String id, @Nullable String kind, @Nullable String name, @Nullable String phone,
			@Nullable String text, @Nullable String url, @Nullable String hours, @Nullable String description) {

		/**
		 * Everything a reader is shown of the resource, on one line: what a reviewer
		 * approves (a changed phone number is a changed line).
		 */
		String asShown() {
			StringBuilder line = new StringBuilder((this.name != null) ? this.name : String.valueOf(this.id));
			append(line, "call", this.phone);
			append(line, "text", this.text);
			append(line, "web", this.url);
			append(line, "hours", this.hours);
			append(line, null, this.description);
			return line.toString();
		}

		private static void append(StringBuilder line, @Nullable String label, @Nullable String value) {
			if (value != null && !value.isBlank()) {
				line.append(" · ").append((label != null) ? label + " " : "").append(value.strip());
			}
		}

	}

	private static <T> List<T> present(@Nullable List<T> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).toList() : List.of();
	}

}
