package org.carepath.content.search;

import java.util.List;

/** One page of published articles; {@code query} echoes the search, null when listing. */
record ArticlePage(List<ArticleListItem> items, int page, int size, long totalItems, long totalPages, String query) {

}
