package org.carepath.portal.learn;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The content service's public article list as the portal reads it ({@code GET
 * /api/content/articles}); one article in full is {@link Article}. Names follow the API;
 * fields the service adds later are ignored.
 */
final class ContentApi {

	private ContentApi() {
	}

	/**
	 * One page of published articles, zero-based; {@code query} echoes the search.
	 */
	record ArticlePage(@Nullable List<ArticleListItem> items, int page, int size, long totalItems, long totalPages,
			@Nullable String query) {
	}

	/**
	 * A published article in the list. {@code snippet} only for a search: HTML-escaped
	 * text with the matches in {@code <mark>} (the portal does not take that on trust:
	 * {@link Snippets}).
	 */
	record ArticleListItem(@Nullable String slug, @Nullable String title, @Nullable String summary,
			Article.@Nullable Author author, @Nullable List<String> topics, @Nullable Integer readingMinutes,
			@Nullable Instant publishedAt, @Nullable Instant updatedAt, @Nullable String snippet) {
	}

}
