package org.carepath.portal.editorial;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.jspecify.annotations.Nullable;

/**
 * What a revision changes in the Markdown, line by line, against the revision the public
 * reads now. Long runs of unchanged lines fold into one "n unchanged lines" row, keeping
 * {@value #CONTEXT} lines of context around each change, so a reviewer sees the changes
 * without scrolling through the whole article.
 *
 * @param published whether there is a published revision to compare with (if not, every
 * line is new)
 */
record MarkdownDiff(List<Line> lines, int added, int removed, boolean published) {

	static final int CONTEXT = 3;

	MarkdownDiff {
		lines = List.copyOf(lines);
	}

	static MarkdownDiff between(@Nullable String publishedBody, @Nullable String revisionBody) {
		List<String> before = lines(publishedBody);
		List<String> after = lines(revisionBody);
		List<Line> all = new ArrayList<>();
		int oldLine = 0;
		int newLine = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
			while (oldLine < delta.getSource().getPosition()) {
				all.add(new Line(Kind.UNCHANGED, oldLine + 1, newLine + 1, before.get(oldLine), 0));
				oldLine++;
				newLine++;
			}
			for (String text : delta.getSource().getLines()) {
				all.add(new Line(Kind.REMOVED, ++oldLine, null, text, 0));
			}
			for (String text : delta.getTarget().getLines()) {
				all.add(new Line(Kind.ADDED, null, ++newLine, text, 0));
			}
		}
		while (oldLine < before.size()) {
			all.add(new Line(Kind.UNCHANGED, oldLine + 1, newLine + 1, before.get(oldLine), 0));
			oldLine++;
			newLine++;
		}
		int added = (int) all.stream().filter(line -> line.kind() == Kind.ADDED).count();
		int removed = (int) all.stream().filter(line -> line.kind() == Kind.REMOVED).count();
		// With no change at all there is nothing to show line by line: the page says so
		// in words.
		List<Line> shown = (added + removed == 0) ? List.of() : fold(all);
		return new MarkdownDiff(shown, added, removed, publishedBody != null);
	}

	public boolean hasChanges() {
		return this.added > 0 || this.removed > 0;
	}

	private static List<Line> fold(List<Line> all) {
		List<Line> shown = new ArrayList<>();
		int i = 0;
		while (i < all.size()) {
			if (all.get(i).kind() != Kind.UNCHANGED) {
				shown.add(all.get(i++));
				continue;
			}
			int end = i;
			while (end < all.size() && all.get(end).kind() == Kind.UNCHANGED) {
				end++;
			}
			int keepBefore = (i == 0) ? 0 : CONTEXT;
			int keepAfter = (end == all.size()) ? 0 : CONTEXT;
			if (end - i > keepBefore + keepAfter + 1) {
				shown.addAll(all.subList(i, i + keepBefore));
				shown.add(new Line(Kind.FOLDED, null, null, "", end - i - keepBefore - keepAfter));
				shown.addAll(all.subList(end - keepAfter, end));
			}
			else {
				shown.addAll(all.subList(i, end));
			}
			i = end;
		}
		return shown;
	}

	private static List<String> lines(@Nullable String markdown) {
		if (markdown == null || markdown.isEmpty()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>(List.of(markdown.replace("\r\n", "\n").split("\n", -1)));
		if (lines.getLast().isEmpty()) {
			lines.removeLast(); // the newline that ends the last line does not start
								// another
		}
		return lines;
	}

	enum Kind {

		ADDED("Added"), REMOVED("Removed"), UNCHANGED("Unchanged"), FOLDED("");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * One row of the diff. Line numbers are those in the published text
	 * ({@code oldNumber}) and in this revision ({@code newNumber}); {@code hiddenLines}
	 * counts the unchanged lines a {@code FOLDED} row stands for.
	 */
	record Line(Kind kind, @Nullable Integer oldNumber, @Nullable Integer newNumber, String text, int hiddenLines) {

		public boolean isAdded() {
			return this.kind == Kind.ADDED;
		}

		public boolean isRemoved() {
			return this.kind == Kind.REMOVED;
		}

		public boolean isFolded() {
			return this.kind == Kind.FOLDED;
		}

		public String cssClass() {
			return "diff-" + this.kind.name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
