package org.carepath.content.revision;

import java.time.Instant;
import java.util.List;

import org.carepath.content.article.Author;
import org.carepath.content.article.FaqEntry;
import org.carepath.content.rendering.TocEntry;
import org.carepath.content.resource.SupportResource;

/**
 * A whole revision as staff work on it: the Markdown {@code body}, its rendering, and
 * what the reviewer compares it with. {@code contentHash} names its {@link PublicParts};
 * an approval must send it back. {@code published} holds the public parts of the revision
 * the public sees now (null when nothing is published), {@code publishedBody} its
 * Markdown alone, as before.
 */
record RevisionView(String slug, int revision, String state, String title, String summary, Author author,
		List<String> topics, String body, String html, List<TocEntry> toc, List<FaqEntry> faq,
		List<String> relatedInstruments, List<String> resourceIds, List<SupportResource> resources, int readingMinutes,
		String createdBy, String createdByUsername, Instant createdAt, Instant submittedAt, String reviewedBy,
		String reviewedByUsername, Instant reviewedAt, String comments, Instant publishedAt, Integer publishedRevision,
		String publishedBody, PublicParts published, String contentHash, Instant archivedAt, List<EventView> events) {

	static RevisionView of(Article article, Revision revision, PublicParts parts, PublicParts published) {
		Integer publishedRevision = article.published().map(Revision::number).orElse(null);
		return new RevisionView(article.slug(), revision.number(), revision.state().value(), revision.title(),
				revision.summary(), revision.author(), revision.topics(), revision.body(), revision.html(),
				revision.toc(), revision.faq(), revision.relatedInstruments(), revision.resourceIds(),
				parts.resources(), revision.readingMinutes(), revision.createdByName(), revision.createdBy(),
				revision.createdAt(), revision.submittedAt(), revision.reviewedByName(), revision.reviewedBy(),
				revision.reviewedAt(), revision.reviewComments(), revision.publishedAt(), publishedRevision,
				(published != null) ? published.body() : null, published, parts.hash(), article.archivedAt(),
				revision.events().stream().map(EventView::of).toList());
	}

}
