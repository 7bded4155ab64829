package org.carepath.portal.learn;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A published article as the content service sends it. {@code html} was rendered from
 * Markdown and sanitized by the service when the revision was written; the page prints it
 * as is (see {@code learn/article-content.html}).
 * <p>
 * Public, with the fragment that shows it, so that editors preview a revision on the
 * public page's own rendering path: the service sends a revision in the same shape.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Article(String slug, String title, @Nullable String summary, @Nullable Author author, List<String> topics,
		@Nullable String html, List<TocEntry> toc, List<FaqEntry> faq, List<SupportResource> resources,
		List<String> relatedInstruments, @Nullable String reviewedBy, @Nullable Instant reviewedAt,
		@Nullable Integer readingMinutes, @Nullable Instant publishedAt, @Nullable Instant updatedAt) {

	private static final Pattern INSTRUMENT = Pattern.compile("[a-z0-9.-]{1,40}");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public Article {
		topics = present(topics);
		toc = present(toc);
		faq = present(faq).stream().filter(entry -> entry.question() != null && entry.answer() != null).toList();
		resources = present(resources);
		relatedInstruments = present(relatedInstruments);
	}

	/**
	 * The same content as a revision not yet approved: nobody has reviewed it, and it was
	 * never published or updated, whatever an earlier review of it said.
	 */
	public Article asPreview() {
		return new Article(this.slug, this.title, this.summary, this.author, this.topics, this.html, this.toc, this.faq,
				this.resources, this.relatedInstruments, null, null, this.readingMinutes, null, null);
	}

	/**
	 * The confidential self-checks the article recommends, each a link such as
	 * {@code /check/dast-10?from=ketamine-addiction} (the portal counts checks started
	 * from each article); ids that could not be a self-check's are left out.
	 */
	public List<SelfCheck> selfChecks() {
		return this.relatedInstruments.stream()
			.filter(id -> INSTRUMENT.matcher(id).matches())
			.distinct()
			.map(id -> new SelfCheck("/check/" + id + from(), id.toUpperCase(Locale.ROOT)))
			.toList();
	}

	private String from() {
		return (this.slug != null && SLUG.matcher(this.slug).matches()) ? "?from=" + this.slug : "";
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

	/**
	 * A link to a confidential self-check the article recommends, e.g.
	 * {@code /check/dast-10}.
	 */
	public record SelfCheck(String href, String name) {
	}

	private static <T> List<T> present(@Nullable List<T> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).toList() : List.of();
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Author(@Nullable String name, @Nullable String credentials) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record TocEntry(@Nullable String id, @Nullable String text, @Nullable Integer level) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record FaqEntry(@Nullable String question, @Nullable String answer) {
	}

}
