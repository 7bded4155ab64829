package org.carepath.content.search;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.carepath.content.article.Author;

/**
 * A published article in a list. {@code snippet} is present only for a search:
 * HTML-escaped text in which the matches, and nothing else, are wrapped in
 * {@code <mark>}.
 */
record ArticleListItem(String slug, String title, String summary, Author author, List<String> topics,
		int readingMinutes, Instant publishedAt, Instant updatedAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) String snippet) {

}
