package org.carepath.content.revision;

import java.time.Instant;

/** One entry of a revision's history; {@code from} is null for its creation. */
record EventView(String from, String to, String by, String byUsername, Instant at, String comments) {

	static EventView of(RevisionEvent event) {
		return new EventView((event.from() != null) ? event.from().value() : null, event.to().value(),
				event.actorName(), event.actor(), event.at(), event.comments());
	}

}
