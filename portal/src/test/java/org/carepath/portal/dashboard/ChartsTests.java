package org.carepath.portal.dashboard;

import java.util.Arrays;
import java.util.List;

import org.carepath.portal.dashboard.BarChart.Bar;
import org.carepath.portal.dashboard.BarChart.Label;
import org.carepath.portal.dashboard.BarChart.Tick;
import org.carepath.portal.dashboard.Charts.Series;
import org.carepath.portal.dashboard.Charts.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart layout the SVGs are drawn from: scales, stacking and labels, in exact
 * numbers.
 */
class ChartsTests {

	@ParameterizedTest
	@CsvSource({ "25, 30, 10", "37, 40, 10", "120, 150, 50", "7, 8, 2", "3, 3, 1", "1, 1, 0.5", "95, 100, 50",
			"0, 1, 1", "12.5, 15, 5" })
	void theScaleEndsOnARoundNumberAboveTheLargestValueInStepsOfOneTwoOrFive(double largest, double max, double step) {
		Scale scale = Scale.upTo(largest);

		assertThat(scale.max()).isEqualTo(max);
		assertThat(scale.step()).isEqualTo(step);
		assertThat(scale.ticks().getFirst()).isZero();
		assertThat(scale.ticks().getLast()).isEqualTo(max);
	}

	@Test
	void countsGoInWholeSteps() {
		assertThat(Scale.upTo(1, true)).isEqualTo(new Scale(1, 1));
		assertThat(Scale.upTo(3, true)).isEqualTo(new Scale(3, 1));
		assertThat(Scale.upTo(37, true)).isEqualTo(new Scale(40, 10));
	}

	@Test
	void stackedColumnsPutEachBandOnTheOneBelowItAndTheWeekTotalAboveThem() {
		List<String> weeks = List.of("Sep 14", "Sep 21", "Sep 28");
		List<Series> bands = List.of(new Series("Below the cut-off", "fill-0", values(12, 0, 0)),
				new Series("At or above the cut-off", "fill-5", values(3, 0, 25)));

		BarChart chart = Charts.columns("c", "AUDIT-C", "d", Unit.COUNT, weeks, 1, bands, true);

		// totals 15, 0, 25: a 0–30 axis in steps of 10 over a 200-unit plot whose
		// baseline is at 224
		assertThat(chart.ticks()).containsExactly(new Tick(224, "0"), new Tick(157.33, "10"), new Tick(90.67, "20"),
				new Tick(24, "30"));
		// slots of 640/3 units, bars 70 % of them, centred
		assertThat(chart.bars()).containsExactly(
				new Bar(92, 144, 149.33, 80, "fill-0", "Sep 14, Below the cut-off: 12"),
				new Bar(92, 124, 149.33, 20, "fill-5", "Sep 14, At or above the cut-off: 3"),
				new Bar(518.67, 57.33, 149.33, 166.67, "fill-5", "Sep 28, At or above the cut-off: 25"));
		assertThat(chart.valueLabels()).containsExactly(new Label(166.67, 118, "15"), new Label(380, 218, "0"),
				new Label(593.33, 51.33, "25"));
		assertThat(chart.categoryLabels()).extracting(Label::text).containsExactly("Sep 14", "Sep 21", "Sep 28");
		assertThat(chart.legend()).extracting(BarChart.Legend::label)
			.containsExactly("Below the cut-off", "At or above the cut-off");
		assertThat(chart.horizontal()).isFalse();
	}

	@Test
	void groupedColumnsStandSideBySideOnTheBaselineAndHoursWithoutValuesHaveNone() {
		List<Series> series = List.of(new Series("Median", "fill-2", Arrays.asList(40.0, null)),
				new Series("90th percentile", "fill-5", Arrays.asList(80.0, null)));

		BarChart chart = Charts.columns("a", "t", "d", Unit.MINUTES, List.of("00:00", "01:00"), 1, series, false);

		// largest 80 → 0–80 in 20s; slots 320, groups 224, bars 112 each
		assertThat(chart.ticks()).extracting(Tick::label)
			.containsExactly("0 min", "20 min", "40 min", "60 min", "80 min");
		assertThat(chart.bars()).containsExactly(new Bar(108, 124, 112, 100, "fill-2", "00:00, Median: 40 min"),
				new Bar(220, 24, 112, 200, "fill-5", "00:00, 90th percentile: 80 min"));
		assertThat(chart.valueLabels()).as("no room for two values over each column").isEmpty();
	}

	@Test
	void onlyEveryNthWeekIsNamedWhenThereAreMany() {
		List<String> weeks = java.util.stream.IntStream.range(0, 26).mapToObj(i -> "w" + i).toList();
		List<Double> zeros = weeks.stream().map(w -> 0.0).toList();

		BarChart chart = Charts.columns("a", "t", "d", Unit.COUNT, weeks, DashboardParts.labelEvery(26),
				List.of(new Series("s", "fill-3", List.copyOf(zeros))), false);

		assertThat(chart.categoryLabels()).extracting(Label::text)
			.containsExactly("w0", "w3", "w6", "w9", "w12", "w15", "w18", "w21", "w24");
		assertThat(chart.bars()).isEmpty();
		assertThat(chart.valueLabels()).as("more than 16 columns: no values over them").isEmpty();
	}

	@Test
	void rowsGrowToTheRightOnAFixedPercentScaleEachFollowedByItsValue() {
		BarChart chart = Charts.rows("p", "t", "d", Unit.PERCENT, List.of("AUDIT-C", "DAST-10"),
				List.of(new Series("Share positive", "fill-3", Arrays.asList(70.0, null))), Scale.PERCENT);

		assertThat(chart.ticks()).containsExactly(new Tick(230, "0%"), new Tick(315, "25%"), new Tick(400, "50%"),
				new Tick(485, "75%"), new Tick(570, "100%"));
		assertThat(chart.bars()).containsExactly(new Bar(230, 17, 238, 14, "fill-3", "AUDIT-C, Share positive: 70%"));
		assertThat(chart.valueLabels()).containsExactly(new Label(474, 28, "70%"), new Label(236, 58, "none"));
		assertThat(chart.categoryLabels()).containsExactly(new Label(222, 29, "AUDIT-C"),
				new Label(222, 59, "DAST-10"));
		assertThat(chart.height()).isEqualTo(100);
		assertThat(chart.horizontal()).isTrue();
	}

	@Test
	void twoSeriesInARowNameTheirValuesAndLongNamesAreShortenedOnTheChartOnly() {
		String name = "Harbor Recovery Center — Intensive Outpatient";

		BarChart chart = Charts.rows("r", "t", "d", Unit.HOURS, List.of(name), List
			.of(new Series("Median", "fill-2", List.of(5.2)), new Series("90th percentile", "fill-5", List.of(20.0))),
				null);

		assertThat(chart.ticks()).extracting(Tick::label).containsExactly("0 h", "5 h", "10 h", "15 h", "20 h");
		assertThat(chart.bars()).extracting(Bar::width).containsExactly(88.4, 340.0);
		assertThat(chart.valueLabels()).extracting(Label::text).containsExactly("Median 5.2 h", "90th percentile 20 h");
		assertThat(chart.categoryLabels().getFirst().text()).isEqualTo("Harbor Recovery Center — Intens…")
			.hasSize(Charts.MAX_NAME);
		assertThat(chart.bars().getFirst().title()).startsWith(name);
	}

	@Test
	void bandsGoFromTheLightestToTheDarkestFillWhateverTheirNumberAndEveryOtherFillIsAPattern() {
		assertThat(List.of(DashboardParts.bandFill(0, 2), DashboardParts.bandFill(1, 2))).containsExactly("fill-0",
				"fill-5");
		assertThat(java.util.stream.IntStream.range(0, 5).mapToObj(i -> DashboardParts.bandFill(i, 5)))
			.containsExactly("fill-0", "fill-1", "fill-3", "fill-4", "fill-5");
		assertThat(Charts.paint("fill-0")).startsWith("#");
		assertThat(Charts.paint("fill-1")).isEqualTo("url(#pattern-fill-1)");
		assertThat(Charts.paint("fill-5")).isEqualTo("url(#pattern-fill-5)");
	}

	private static List<Double> values(double... values) {
		return Arrays.stream(values).boxed().toList();
	}

}
