package org.carepath.content.article;

import java.time.Instant;
import java.util.List;

import org.carepath.content.rendering.TocEntry;
import org.carepath.content.resource.SupportResource;

/**
 * The current published revision of an article, as the public reads it.
 * {@code reviewedBy} and {@code reviewedAt} make the "clinically reviewed by … on …"
 * line; {@code publishedAt} is when the article first went public, {@code updatedAt} when
 * this revision replaced the previous one.
 */
record PublishedArticle(String slug, String title, String summary, Author author, List<String> topics, String html,
		List<TocEntry> toc, List<FaqEntry> faq, List<SupportResource> resources, List<String> relatedInstruments,
		String reviewedBy, Instant reviewedAt, int revision, int readingMinutes, Instant publishedAt,
		Instant updatedAt) {

}
