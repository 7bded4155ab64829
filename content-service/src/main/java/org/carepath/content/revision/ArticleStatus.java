package org.carepath.content.revision;

import java.time.Instant;

/**
 * An article as an editor's worklist shows it: its latest revision and that revision's
 * state, with the revision the public sees (if any) beside it. {@code updatedAt} is the
 * last thing that happened to the latest revision (written, submitted, sent back,
 * approved, archived).
 */
record ArticleStatus(String slug, String title, int revision, String state, String createdBy, String createdByUsername,
		Instant createdAt, Instant updatedAt, String comments, Integer publishedRevision, Instant publishedAt,
		Instant archivedAt) {

	static ArticleStatus of(Article article) {
		Revision latest = article.latest();
		return new ArticleStatus(article.slug(), latest.title(), latest.number(), latest.state().value(),
				latest.createdByName(), latest.createdBy(), latest.createdAt(), latest.events().getLast().at(),
				latest.reviewComments(), article.published().map(Revision::number).orElse(null), article.publishedAt(),
				article.archivedAt());
	}

}
