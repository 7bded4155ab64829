package org.carepath.portal.editorial;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.carepath.portal.editorial.MarkdownDiff.Kind;
import org.carepath.portal.editorial.MarkdownDiff.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MarkdownDiffTests {

	@Test
	void aChangedLineIsRemovedThenAddedWithLineNumbersOnBothSides() {
		MarkdownDiff diff = MarkdownDiff.between("a\nb\nc\n", "a\nB\nc\nd\n");

		assertThat(diff.lines()).extracting(Line::kind, Line::oldNumber, Line::newNumber, Line::text)
			.containsExactly(tuple(Kind.UNCHANGED, 1, 1, "a"), tuple(Kind.REMOVED, 2, null, "b"),
					tuple(Kind.ADDED, null, 2, "B"), tuple(Kind.UNCHANGED, 3, 3, "c"), tuple(Kind.ADDED, null, 4, "d"));
		assertThat(diff.added()).isEqualTo(2);
		assertThat(diff.removed()).isEqualTo(1);
		assertThat(diff.published()).isTrue();
	}

	@Test
	void longUnchangedStretchesFoldAroundTheChangesKeepingContext() {
		String before = numbered(1, 20);
		String after = before.replace("line 10\n", "line ten\n");

		MarkdownDiff diff = MarkdownDiff.between(before, after);

		assertThat(diff.lines()).extracting(Line::kind, Line::hiddenLines, Line::text)
			.containsExactly(tuple(Kind.FOLDED, 6, ""), tuple(Kind.UNCHANGED, 0, "line 7"),
					tuple(Kind.UNCHANGED, 0, "line 8"), tuple(Kind.UNCHANGED, 0, "line 9"),
					tuple(Kind.REMOVED, 0, "line 10"), tuple(Kind.ADDED, 0, "line ten"),
					tuple(Kind.UNCHANGED, 0, "line 11"), tuple(Kind.UNCHANGED, 0, "line 12"),
					tuple(Kind.UNCHANGED, 0, "line 13"), tuple(Kind.FOLDED, 7, ""));
	}

	@Test
	void withNothingPublishedEveryLineIsNew() {
		MarkdownDiff diff = MarkdownDiff.between(null, "# A\r\n\r\nText\r\n");

		assertThat(diff.published()).isFalse();
		assertThat(diff.lines()).extracting(Line::kind).containsOnly(Kind.ADDED).hasSize(3);
	}

	@Test
	void theSameTextHasNoChanges() {
		MarkdownDiff diff = MarkdownDiff.between("a\nb", "a\nb\n");

		assertThat(diff.hasChanges()).isFalse();
		assertThat(diff.lines()).isEmpty();
	}

	private static String numbered(int from, int to) {
		return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
	}

}
