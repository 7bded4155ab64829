package org.carepath.portal.learn;

import org.carepath.portal.system.ServiceListing;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One page of the article list or of a search, or "unavailable".
 *
 * @param page zero-based, as the content service counts
 */
record ArticleResults(ServiceListing<ArticleSummary> articles, int page, int totalPages, long totalItems) {

	static ArticleResults unavailable() {
		return new ArticleResults(ServiceListing.unavailable(), 0, 0, 0);
	}

	/**
	 * Reads the service's page object; a plain array (older service) is one page holding
	 * everything.
	 */
	static ArticleResults fromJson(@Nullable JsonNode body) {
		ServiceListing<ArticleSummary> articles = ServiceListing.fromJson(body, ArticleSummary::fromJson);
		if (body == null || !body.isObject()) {
			return new ArticleResults(articles, 0, 1, articles.items().size());
		}
		long totalItems = body.path("totalItems").asLong(articles.items().size());
		int totalPages = Math.max(1, body.path("totalPages").asInt(1));
		return new ArticleResults(articles, Math.max(0, body.path("page").asInt(0)), totalPages, totalItems);
	}

	boolean available() {
		return this.articles.available();
	}

	boolean hasPrevious() {
		return this.page > 0;
	}

	boolean hasNext() {
		return this.page + 1 < this.totalPages;
	}

}
