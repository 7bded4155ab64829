package org.carepath.portal.dashboard;

/**
 * Small-cell suppression for exports, the one place it is decided: a count of 1 to 10 is
 * written {@code <11}, and a share, rate or duration worked out from 1 to 10 cases
 * {@code n<11}, so a downloaded file cannot single out a handful of people. Zero stays 0:
 * it points to nobody. The staff screen shows the exact figures (docs/dashboard.md).
 */
final class SmallCells {

	/** The smallest count written as it is. */
	static final int THRESHOLD = 11;

	static final String SMALL_COUNT = "<" + THRESHOLD;

	static final String SMALL_BASE = "n<" + THRESHOLD;

	private SmallCells() {
	}

	/** The cell as the CSV export writes it. */
	static String exported(Cell cell) {
		return switch (cell) {
			case Cell.Count count -> small(count.value()) ? SMALL_COUNT : count.text();
			case Cell.Measure measure ->
				(measure.value() != null && small(measure.base())) ? SMALL_BASE : measure.text();
			case Cell.Label label -> label.text();
		};
	}

	static boolean small(long count) {
		return count > 0 && count < THRESHOLD;
	}

}
