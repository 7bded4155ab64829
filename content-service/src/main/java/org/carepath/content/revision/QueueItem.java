package org.carepath.content.revision;

import java.time.Instant;

/** A revision waiting for a reviewer. */
record QueueItem(String slug, int revision, String title, String createdBy, String createdByUsername, Instant createdAt,
		Instant submittedAt, Integer publishedRevision) {

}
