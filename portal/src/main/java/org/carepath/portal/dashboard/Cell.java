package org.carepath.portal.dashboard;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One cell of a dashboard table. The screen shows {@link #text()}; the CSV writes the
 * same text except where {@link SmallCells} suppresses it.
 */
sealed interface Cell {

	/** What the staff screen shows; empty when there is no value. */
	String text();

	static Cell text(String text) {
		return new Label(text);
	}

	static Cell count(long count) {
		return new Count(count);
	}

	/**
	 * A figure worked out from {@code base} cases (a share, a rate, a median), in the
	 * column's unit, one decimal.
	 */
	static Cell measure(@Nullable Double value, long base) {
		return new Measure(value, base);
	}

	/** A heading of a row (a week, an instrument, a program): never suppressed. */
	record Label(String text) implements Cell {
	}

	/** How many: the cells small-cell suppression is about. */
	record Count(long value) implements Cell {

		@Override
		public String text() {
			return Long.toString(this.value);
		}

	}

	/** A share, rate or duration, and how many cases it was worked out from. */
	record Measure(@Nullable Double value, long base) implements Cell {

		@Override
		public String text() {
			return (this.value != null) ? oneDecimal(this.value) : "";
		}

	}

	static String oneDecimal(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
