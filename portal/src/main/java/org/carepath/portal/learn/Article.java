package org.carepath.portal.learn;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A published article as the content service sends it. {@code html} was rendered from
 * Markdown and sanitized by the service when the revision was published; the page prints
 * it as is (see {@code learn/article.html}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Article(String slug, String title, @Nullable String summary, @Nullable Author author, List<String> topics,
		@Nullable String html, List<TocEntry> toc, List<FaqEntry> faq, List<SupportResource> resources,
		List<String> relatedInstruments, @Nullable String reviewedBy, @Nullable Instant reviewedAt,
		@Nullable Integer readingMinutes, @Nullable Instant publishedAt, @Nullable Instant updatedAt) {

	Article {
		topics = present(topics);
		toc = present(toc);
		faq = present(faq).stream().filter(entry -> entry.question() != null && entry.answer() != null).toList();
		resources = present(resources);
		relatedInstruments = present(relatedInstruments);
	}

	/**
	 * Crisis lines first — someone in crisis should not have to scroll past support
	 * groups — then by kind.
	 */
	public List<SupportResource> resourcesCrisisFirst() {
		return this.resources.stream().sorted(Comparator.comparingInt(SupportResource::urgency)).toList();
	}

	public List<TableOfContents.Node> tableOfContents() {
		return TableOfContents.of(this.toc);
	}

	private static <T> List<T> present(@Nullable List<T> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).toList() : List.of();
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Author(@Nullable String name, @Nullable String credentials) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TocEntry(@Nullable String id, @Nullable String text, @Nullable Integer level) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record FaqEntry(@Nullable String question, @Nullable String answer) {
	}

}
