package org.carepath.portal.check;

import org.carepath.portal.system.ServiceListing;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A self-check the clinic offers, as the list shows it. */
record InstrumentSummary(@Nullable String id, String title, @Nullable String description) {

	/** Accepts {@code title} or {@code name}; an instrument with neither is skipped. */
	static @Nullable InstrumentSummary fromJson(JsonNode node) {
		String title = ServiceListing.text(node, "title");
		if (title == null) {
			title = ServiceListing.text(node, "name");
		}
		if (title == null) {
			return null;
		}
		return new InstrumentSummary(ServiceListing.text(node, "id"), title, ServiceListing.text(node, "description"));
	}

}
