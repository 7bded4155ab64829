package org.carepath.portal.learn;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The flat heading list of an article as nested lists, so assistive technology hears
 * "list, 3 items" inside a section rather than one long list. Two levels: the top level
 * present, and everything deeper beneath it.
 */
final class TableOfContents {

	private TableOfContents() {
	}

	static List<Node> of(List<Article.TocEntry> entries) {
		List<Article.TocEntry> usable = entries.stream()
			.filter(entry -> entry.id() != null && !entry.id().isBlank() && entry.text() != null)
			.toList();
		int top = usable.stream().mapToInt(TableOfContents::level).min().orElse(2);
		List<Node> nodes = new ArrayList<>();
		for (Article.TocEntry entry : usable) {
			if (level(entry) > top && !nodes.isEmpty()) {
				nodes.getLast().children().add(new Node(entry.id(), entry.text(), new ArrayList<>()));
			}
			else {
				nodes.add(new Node(entry.id(), entry.text(), new ArrayList<>()));
			}
		}
		return nodes;
	}

	private static int level(Article.TocEntry entry) {
		@Nullable Integer level = entry.level();
		return (level != null) ? level : 2;
	}

	record Node(String id, String text, List<Node> children) {
	}

}
