package org.carepath.bench;

import java.util.Arrays;

/** Nearest-rank percentiles. */
final class Percentiles {

	private Percentiles() {
	}

	/** The p-th percentile (0–100) of the values, nearest rank; 0 when there are none. */
	static double of(long[] values, double p) {
		if (values.length == 0) {
			return 0;
		}
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

}
