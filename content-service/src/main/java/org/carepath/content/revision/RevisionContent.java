package org.carepath.content.revision;

import java.util.List;
import java.util.Objects;

import org.carepath.content.article.Author;
import org.carepath.content.article.FaqEntry;

/**
 * What an editor writes for a revision, validated and tidied: trimmed text, no missing or
 * repeated list entries.
 */
record RevisionContent(String title, String summary, Author author, List<String> topics, String body,
		List<FaqEntry> faq, List<String> relatedInstruments, List<String> resourceIds) {

	static RevisionContent of(String title, String summary, Author author, List<String> topics, String body,
			List<FaqEntry> faq, List<String> relatedInstruments, List<String> resourceIds) {
		String credentials = (author.credentials() == null || author.credentials().isBlank()) ? null
				: author.credentials().strip();
		return new RevisionContent(title.strip(), summary.strip(), new Author(author.name().strip(), credentials),
				distinct(topics), body, (faq != null) ? List.copyOf(faq) : List.of(), distinct(relatedInstruments),
				distinct(resourceIds));
	}

	private static List<String> distinct(List<String> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).distinct().toList() : List.of();
	}

}
