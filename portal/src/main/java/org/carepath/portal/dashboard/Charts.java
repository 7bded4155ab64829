package org.carepath.portal.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.carepath.portal.dashboard.BarChart.Bar;
import org.carepath.portal.dashboard.BarChart.Label;
import org.carepath.portal.dashboard.BarChart.Legend;
import org.carepath.portal.dashboard.BarChart.Tick;
import org.jspecify.annotations.Nullable;

import static org.carepath.portal.dashboard.Scale.round;

/**
 * Lays out bar charts: picks the scale, places every bar, stacks segments and writes the
 * labels, so the numbers can be tested and the template stays a drawing. Sizes are SVG
 * user units; the SVG scales to the page's width.
 */
final class Charts {

	/** Width of every chart's drawing. */
	static final double WIDTH = 720;

	/** Column charts: the plot area and room for the axis labels around it. */
	static final double COLUMN_LEFT = 60;

	static final double COLUMN_TOP = 24;

	static final double COLUMN_PLOT_WIDTH = 640;

	static final double COLUMN_PLOT_HEIGHT = 200;

	static final double COLUMN_HEIGHT = 260;

	/** Share of a category's slot its bars take; the rest is the gap between them. */
	static final double BAR_SHARE = 0.7;

	/** Above this many columns there is no room for a value over each. */
	static final int MAX_VALUE_LABELS = 16;

	/**
	 * Row charts: names down the left, bars to the right, values after the bars (room for
	 * "90th percentile 20 h" after the longest).
	 */
	static final double ROW_LEFT = 230;

	static final double ROW_TOP = 10;

	static final double ROW_PLOT_WIDTH = 340;

	static final double ROW_BAR = 16;

	/** Longest name drawn beside a row; the table has it in full. */
	static final int MAX_NAME = 32;

	private Charts() {
	}

	/** How a value reads on the chart. The table's column heading names the unit. */
	enum Unit {

		COUNT(""), PERCENT("%"), MINUTES(" min"), HOURS(" h"), DAYS(" d");

		private final String suffix;

		Unit(String suffix) {
			this.suffix = suffix;
		}

		String format(double value) {
			String number = (value == Math.rint(value)) ? Long.toString((long) value)
					: String.format(Locale.ROOT, "%.1f", value);
			return number + this.suffix;
		}

	}

	/**
	 * A series of bars: its legend label, its fill (a CSS class) and a value per
	 * category, null where there is none.
	 */
	record Series(String label, String fill, List<@Nullable Double> values) {
	}

	/**
	 * Columns over categories along the bottom (weeks, hours), the series stacked on each
	 * other or side by side; every {@code labelEvery}-th category is named.
	 */
	static BarChart columns(String id, String title, String description, Unit unit, List<String> categories,
			int labelEvery, List<Series> series, boolean stacked) {
		int n = Math.max(1, categories.size());
		double largest = 0;
		for (int c = 0; c < categories.size(); c++) {
			double total = 0;
			for (Series s : series) {
				double value = value(s, c);
				total = stacked ? total + value : Math.max(total, value);
			}
			largest = Math.max(largest, total);
		}
		Scale scale = Scale.upTo(largest, unit == Unit.COUNT);
		double baseline = COLUMN_TOP + COLUMN_PLOT_HEIGHT;
		List<Tick> ticks = scale.ticks()
			.stream()
			.map(t -> new Tick(round(baseline - scale.length(t, COLUMN_PLOT_HEIGHT)), unit.format(t)))
			.toList();
		double slot = COLUMN_PLOT_WIDTH / n;
		double group = slot * BAR_SHARE;
		double barWidth = stacked ? group : group / Math.max(1, series.size());
		boolean valueLabels = categories.size() <= MAX_VALUE_LABELS && (stacked || series.size() == 1);
		List<Label> labels = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		List<Label> values = new ArrayList<>();
		for (int c = 0; c < categories.size(); c++) {
			double slotLeft = COLUMN_LEFT + c * slot;
			double centre = round(slotLeft + slot / 2);
			if (c % Math.max(1, labelEvery) == 0) {
				labels.add(new Label(centre, baseline + 18, categories.get(c)));
			}
			double top = baseline;
			double total = 0;
			for (int s = 0; s < series.size(); s++) {
				Series one = series.get(s);
				@Nullable Double raw = one.values().get(c);
				if (raw == null || raw <= 0) {
					continue;
				}
				double height = scale.length(raw, COLUMN_PLOT_HEIGHT);
				double x = stacked ? slotLeft + (slot - group) / 2 : slotLeft + (slot - group) / 2 + s * barWidth;
				double y = stacked ? top - height : baseline - height;
				bars.add(new Bar(round(x), round(y), round(barWidth), height, one.fill(),
						categories.get(c) + ", " + one.label() + ": " + unit.format(raw)));
				top = stacked ? y : Math.min(top, y);
				total = stacked ? total + raw : Math.max(total, raw);
			}
			if (valueLabels) {
				values.add(new Label(centre, round(top - 6), unit.format(round(total))));
			}
		}
		return new BarChart(id, title, description, false, WIDTH, COLUMN_HEIGHT, COLUMN_LEFT, COLUMN_TOP,
				COLUMN_PLOT_WIDTH, COLUMN_PLOT_HEIGHT, unit.name(), ticks, labels, bars, values, legend(series));
	}

	/**
	 * Bars growing to the right, one row per category (programs, articles, the SBIRT
	 * steps), the series side by side in each row, each bar followed by its value. A
	 * fixed scale (percentages) or one that fits the largest value.
	 */
	static BarChart rows(String id, String title, String description, Unit unit, List<String> categories,
			List<Series> series, @Nullable Scale fixed) {
		double largest = 0;
		for (Series s : series) {
			for (int c = 0; c < categories.size(); c++) {
				largest = Math.max(largest, value(s, c));
			}
		}
		Scale axis = (fixed != null) ? fixed : Scale.upTo(largest, unit == Unit.COUNT);
		double rowHeight = 14 + ROW_BAR * Math.max(1, series.size());
		double plotHeight = rowHeight * Math.max(1, categories.size());
		List<Tick> ticks = axis.ticks()
			.stream()
			.map(t -> new Tick(round(ROW_LEFT + axis.length(t, ROW_PLOT_WIDTH)), unit.format(t)))
			.toList();
		List<Label> labels = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		List<Label> values = new ArrayList<>();
		for (int c = 0; c < categories.size(); c++) {
			double rowTop = ROW_TOP + c * rowHeight;
			labels.add(new Label(ROW_LEFT - 8, round(rowTop + rowHeight / 2 + 4), shortened(categories.get(c))));
			for (int s = 0; s < series.size(); s++) {
				Series one = series.get(s);
				@Nullable Double raw = one.values().get(c);
				double y = round(rowTop + 7 + s * ROW_BAR);
				double width = (raw != null && raw > 0) ? axis.length(raw, ROW_PLOT_WIDTH) : 0;
				String text = (raw != null) ? unit.format(raw) : "none";
				String named = (series.size() > 1) ? one.label() + " " + text : text;
				if (width > 0) {
					bars.add(new Bar(ROW_LEFT, y, width, ROW_BAR - 2, one.fill(),
							categories.get(c) + ", " + one.label() + ": " + text));
				}
				values.add(new Label(round(ROW_LEFT + width + 6), round(y + ROW_BAR / 2 + 3), named));
			}
		}
		return new BarChart(id, title, description, true, WIDTH, round(ROW_TOP + plotHeight + 30), ROW_LEFT, ROW_TOP,
				ROW_PLOT_WIDTH, round(plotHeight), unit.name(), ticks, labels, bars, values, legend(series));
	}

	/**
	 * The SVG paint of a fill, light to dark: every other one a pattern (the page's
	 * {@code chart-patterns}), so neighbouring fills differ by more than colour, in print
	 * and in greyscale too.
	 */
	static String paint(String fill) {
		return switch (fill) {
			case "fill-0" -> "#d4e8ec";
			case "fill-1" -> "url(#pattern-fill-1)";
			case "fill-2" -> "#5fa3b3";
			case "fill-3" -> "url(#pattern-fill-3)";
			case "fill-4" -> "#0b4452";
			default -> "url(#pattern-fill-5)";
		};
	}

	private static List<Legend> legend(List<Series> series) {
		return series.stream().map(s -> new Legend(s.fill(), s.label())).toList();
	}

	private static double value(Series series, int category) {
		@Nullable Double value = series.values().get(category);
		return (value != null && value > 0) ? value : 0;
	}

	static String shortened(String name) {
		return (name.length() <= MAX_NAME) ? name : name.substring(0, MAX_NAME - 1).strip() + "…";
	}

}
