package org.carepath.portal.learn;

import java.util.List;
import java.util.Objects;

import org.carepath.portal.learn.ContentApi.ArticlePage;
import org.carepath.portal.system.ServiceListing;

/**
 * One page of the article list or of a search, or "unavailable".
 *
 * @param page zero-based, as the content service counts
 */
record ArticleResults(ServiceListing<ArticleSummary> articles, int page, int totalPages, long totalItems) {

	static ArticleResults unavailable() {
		return new ArticleResults(ServiceListing.unavailable(), 0, 0, 0);
	}

	static ArticleResults of(ArticlePage page) {
		List<ArticleSummary> articles = (page.items() != null) ? page.items()
			.stream()
			.filter(Objects::nonNull)
			.map(ArticleSummary::of)
			.filter(Objects::nonNull)
			.toList() : List.of();
		return new ArticleResults(ServiceListing.of(articles), Math.max(0, page.page()),
				(int) Math.max(1, page.totalPages()), page.totalItems());
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
