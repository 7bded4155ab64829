package org.carepath.content.revision;

import java.time.Instant;
import java.util.List;

/**
 * A revision in an article's history. Names ({@code createdBy}, {@code reviewedBy}) are
 * display names, the {@code …Username} fields the logins; {@code comments} are the last
 * reviewer comments on this revision.
 */
record RevisionSummary(int revision, String state, String title, String createdBy, String createdByUsername,
		Instant createdAt, Instant submittedAt, String reviewedBy, String reviewedByUsername, Instant reviewedAt,
		String comments, Instant publishedAt, List<EventView> events) {

	static RevisionSummary of(Revision revision) {
		return new RevisionSummary(revision.number(), revision.state().value(), revision.title(),
				revision.createdByName(), revision.createdBy(), revision.createdAt(), revision.submittedAt(),
				revision.reviewedByName(), revision.reviewedBy(), revision.reviewedAt(), revision.reviewComments(),
				revision.publishedAt(), revision.events().stream().map(EventView::of).toList());
	}

}
