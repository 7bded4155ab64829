package org.carepath.portal.dashboard;

import java.util.List;

/**
 * Everything the template needs to draw one chart as inline SVG: its size, the value axis
 * ticks, the category labels, the bars and their value labels, all in SVG user units
 * (computed by {@link Charts}, so the template only places them). {@code title} and
 * {@code description} become the SVG's {@code <title>} and {@code <desc>}.
 *
 * @param horizontal bars grow to the right (categories down the left) rather than up
 */
record BarChart(String id, String title, String description, boolean horizontal, double width, double height,
		double plotLeft, double plotTop, double plotWidth, double plotHeight, String axisLabel, List<Tick> ticks,
		List<Label> categoryLabels, List<Bar> bars, List<Label> valueLabels, List<Legend> legend) {

	/** The right edge of the plot. */
	public double plotRight() {
		return this.plotLeft + this.plotWidth;
	}

	/** The baseline (vertical charts) or the bottom edge (horizontal ones). */
	public double plotBottom() {
		return this.plotTop + this.plotHeight;
	}

	public String titleId() {
		return this.id + "-title";
	}

	public String descriptionId() {
		return this.id + "-desc";
	}

	/** A gridline: where along the value axis, and its label. */
	record Tick(double at, String label) {
	}

	/** A text label at a point. */
	record Label(double x, double y, String text) {
	}

	/**
	 * A bar or a segment of a stacked bar; {@code fill} is the CSS class that colours
	 * (and patterns) it, {@code title} what a pointer over it shows.
	 */
	record Bar(double x, double y, double width, double height, String fill, String title) {

		public String paint() {
			return Charts.paint(this.fill);
		}

	}

	/** A legend entry: the fill its bars have and what they stand for. */
	record Legend(String fill, String label) {

		public String paint() {
			return Charts.paint(this.fill);
		}

	}

}
