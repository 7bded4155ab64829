package org.carepath.portal.learn;

import java.util.ArrayList;
import java.util.List;

import org.carepath.portal.system.ServiceListing;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A published article as the list shows it.
 *
 * @param snippetHtml the search match with {@code <mark>} tags and nothing else (see
 * {@link Snippets}); null when listing without a search
 */
record ArticleSummary(@Nullable String slug, String title, @Nullable String summary, @Nullable String authorName,
		@Nullable String authorCredentials, List<String> topics, int readingMinutes, @Nullable String snippetHtml) {

	ArticleSummary {
		topics = List.copyOf(topics);
	}

	/**
	 * An article without a title cannot be listed in a way anyone could choose it:
	 * skipped.
	 */
	static @Nullable ArticleSummary fromJson(JsonNode node) {
		String title = ServiceListing.text(node, "title");
		if (title == null) {
			return null;
		}
		JsonNode author = node.path("author");
		return new ArticleSummary(ServiceListing.text(node, "slug"), title, ServiceListing.text(node, "summary"),
				author.isObject() ? ServiceListing.text(author, "name") : null,
				author.isObject() ? ServiceListing.text(author, "credentials") : null, texts(node.get("topics")),
				node.path("readingMinutes").asInt(0), Snippets.markOnly(ServiceListing.text(node, "snippet")));
	}

	static List<String> texts(@Nullable JsonNode array) {
		List<String> texts = new ArrayList<>();
		if (array != null && array.isArray()) {
			for (JsonNode value : array) {
				if (value.isString() && !value.asString().isBlank()) {
					texts.add(value.asString().strip());
				}
			}
		}
		return texts;
	}

}
