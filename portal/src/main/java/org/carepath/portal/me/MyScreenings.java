package org.carepath.portal.me;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/intake/my/screenings}: the signed-in patient's own screenings, newest
 * first, and score trends.
 */
record MyScreenings(@Nullable List<Screening> screenings, @Nullable List<Trend> trends) {

	public List<Screening> screeningList() {
		return (this.screenings != null) ? this.screenings.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/**
	 * Trends worth drawing: two or more scored points, each against the highest score its
	 * instrument allows.
	 */
	public List<Sparkline> trendList() {
		return (this.trends != null) ? this.trends.stream()
			.filter(Objects::nonNull)
			.map(trend -> Sparkline.of(trend.instrument(), trend.scoredPoints(), maxScoreOf(trend.instrument())))
			.filter(sparkline -> sparkline.scoredPoints().size() >= 2)
			.toList() : List.of();
	}

	/** The instrument's title as the screenings name it, for a trend's heading. */
	public String titleOf(@Nullable String instrument) {
		Map<String, String> titles = screeningList().stream()
			.filter(s -> s.instrument() != null && s.instrumentTitle() != null)
			.collect(Collectors.toMap(Screening::instrument, Screening::instrumentTitle, (a, b) -> a));
		String title = titles.get(instrument);
		return (title != null) ? title : String.valueOf(instrument);
	}

	/** The highest score intake says the instrument allows, if it still ships it. */
	private @Nullable Integer maxScoreOf(@Nullable String instrument) {
		return screeningList().stream()
			.filter(s -> s.maxScore() != null && Objects.equals(s.instrument(), instrument))
			.map(Screening::maxScore)
			.findFirst()
			.orElse(null);
	}

	/** {@code maxScore} is absent for an instrument intake no longer ships. */
	record Screening(@Nullable String id, @Nullable String reference, @Nullable String instrument,
			@Nullable String instrumentTitle, @Nullable String version, @Nullable Instant completedAt,
			@Nullable Integer score, @Nullable Integer maxScore, @Nullable String band, boolean positive,
			boolean crisis, @Nullable Step nextStep) {
	}

	record Step(@Nullable String code, @Nullable String text) {
	}

	/** Per instrument, the scores oldest first. */
	record Trend(@Nullable String instrument, @Nullable List<Point> points) {

		List<Point> scoredPoints() {
			return (this.points != null) ? this.points.stream().filter(p -> p != null && p.score() != null).toList()
					: List.of();
		}

	}

	record Point(@Nullable Instant completedAt, @Nullable Integer score, @Nullable String band) {
	}

	/**
	 * A trend as the page draws it: a line whose height means the same between visits,
	 * because it is scaled to the instrument's highest score (or the highest seen, when
	 * intake does not say).
	 */
	record Sparkline(@Nullable String instrument, List<Point> scoredPoints, int maxScore) {

		static final int WIDTH = 160;

		static final int HEIGHT = 40;

		private static final int PAD = 4;

		static Sparkline of(@Nullable String instrument, List<Point> scored, @Nullable Integer known) {
			int observed = scored.stream().mapToInt(Point::score).max().orElse(1);
			return new Sparkline(instrument, scored,
					Math.max(1, (known != null) ? Math.max(known, observed) : observed));
		}

		/**
		 * The SVG polyline's {@code points}: oldest on the left, higher score higher up.
		 */
		public String polyline() {
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < this.scoredPoints.size(); i++) {
				int x = PAD + ((this.scoredPoints.size() == 1) ? 0
						: i * (WIDTH - 2 * PAD) / (this.scoredPoints.size() - 1));
				int y = HEIGHT - PAD - this.scoredPoints.get(i).score() * (HEIGHT - 2 * PAD) / this.maxScore;
				points.append((i == 0) ? "" : " ").append(x).append(',').append(y);
			}
			return points.toString();
		}

		/** In words, for the image's text alternative: "from 14 to 6". */
		public String summary() {
			return "Scores over " + this.scoredPoints.size() + " check-ins, from "
					+ this.scoredPoints.getFirst().score() + " to " + this.scoredPoints.getLast().score()
					+ " (highest possible " + this.maxScore + ")";
		}

	}

}
