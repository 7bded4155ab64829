package org.carepath.portal.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A value axis from 0 to a round maximum, in steps of 1, 2 or 5 times a power of ten,
 * about four of them: the largest value always fits and the ticks read as round numbers.
 */
record Scale(double max, double step) {

	/** Shares are drawn on a fixed 0–100 % axis, so charts of shares compare. */
	static final Scale PERCENT = new Scale(100, 25);

	static Scale upTo(double largest) {
		return upTo(largest, false);
	}

	/**
	 * @param whole steps of at least 1, for counts
	 */
	static Scale upTo(double largest, boolean whole) {
		if (!(largest > 0)) {
			return new Scale(1, 1);
		}
		double rough = largest / 4;
		double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
		double normalised = rough / magnitude;
		double nice = ((normalised <= 1) ? 1 : (normalised <= 2) ? 2 : (normalised <= 5) ? 5 : 10) * magnitude;
		double step = whole ? Math.max(1, nice) : nice;
		double max = Math.ceil(largest / step - 1e-9) * step;
		return new Scale(round(max), round(step));
	}

	/** The tick values, 0 first. */
	List<Double> ticks() {
		List<Double> ticks = new ArrayList<>();
		int steps = (int) Math.round(this.max / this.step);
		for (int i = 0; i <= steps; i++) {
			ticks.add(round(i * this.step));
		}
		return ticks;
	}

	/** How far along the axis {@code value} lies, as a share of {@code length}. */
	double length(double value, double length) {
		return round(Math.min(value, this.max) / this.max * length);
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
