package org.carepath.portal.learn;

import org.carepath.portal.system.ServiceListing;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A published article as the list shows it. */
record ArticleSummary(@Nullable String slug, String title, @Nullable String summary) {

	/** An article without a title cannot be listed in a way anyone could choose it: skipped. */
	static @Nullable ArticleSummary fromJson(JsonNode node) {
		String title = ServiceListing.text(node, "title");
		if (title == null) {
			return null;
		}
		return new ArticleSummary(ServiceListing.text(node, "slug"), title, ServiceListing.text(node, "summary"));
	}

}
