package org.carepath.portal.learn;

import java.util.List;
import java.util.Objects;

import org.carepath.portal.learn.ContentApi.ArticleListItem;
import org.jspecify.annotations.Nullable;

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
	static @Nullable ArticleSummary of(ArticleListItem item) {
		if (item.title() == null || item.title().isBlank()) {
			return null;
		}
		List<String> topics = (item.topics() != null)
				? item.topics().stream().filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty()).toList()
				: List.of();
		return new ArticleSummary(item.slug(), item.title().strip(), item.summary(),
				(item.author() != null) ? item.author().name() : null,
				(item.author() != null) ? item.author().credentials() : null, topics,
				(item.readingMinutes() != null) ? item.readingMinutes() : 0, Snippets.markOnly(item.snippet()));
	}

}
