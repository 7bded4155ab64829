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

	/** Trends worth drawing: two or more scored points. */
	public List<Trend> trendList() {
		return (this.trends != null)
				? this.trends.stream().filter(t -> t != null && t.scoredPoints().size() >= 2).toList() : List.of();
	}

	/** The instrument's title as the screenings name it, for a trend's heading. */
	public String titleOf(@Nullable String instrument) {
		Map<String, String> titles = screeningList().stream()
			.filter(s -> s.instrument() != null && s.instrumentTitle() != null)
			.collect(Collectors.toMap(Screening::instrument, Screening::instrumentTitle, (a, b) -> a));
		String title = titles.get(instrument);
		return (title != null) ? title : String.valueOf(instrument);
	}

	record Screening(@Nullable String id, @Nullable String reference, @Nullable String instrument,
			@Nullable String instrumentTitle, @Nullable String version, @Nullable Instant completedAt,
			@Nullable Integer score, @Nullable String band, boolean positive, boolean crisis, @Nullable Step nextStep) {
	}

	record Step(@Nullable String code, @Nullable String text) {
	}

	record Trend(@Nullable String instrument, @Nullable List<Point> points) {

		/**
		 * The highest score each instrument allows, so a line's height means the same
		 * between visits.
		 */
		private static final Map<String, Integer> MAX_SCORES = Map.of("phq-9", 27, "gad-7", 21, "dast-10", 10,
				"audit-c", 12, "crafft-2.1", 6, "audit", 40);

		static final int WIDTH = 160;

		static final int HEIGHT = 40;

		private static final int PAD = 4;

		public List<Point> scoredPoints() {
			return (this.points != null) ? this.points.stream().filter(p -> p != null && p.score() != null).toList()
					: List.of();
		}

		public int maxScore() {
			Integer known = (this.instrument != null) ? MAX_SCORES.get(this.instrument) : null;
			int observed = scoredPoints().stream().mapToInt(Point::score).max().orElse(1);
			return Math.max(1, (known != null) ? Math.max(known, observed) : observed);
		}

		/**
		 * The SVG polyline's {@code points}: oldest on the left, higher score higher up.
		 */
		public String polyline() {
			List<Point> scored = scoredPoints();
			int max = maxScore();
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < scored.size(); i++) {
				int x = PAD + ((scored.size() == 1) ? 0 : i * (WIDTH - 2 * PAD) / (scored.size() - 1));
				int y = HEIGHT - PAD - scored.get(i).score() * (HEIGHT - 2 * PAD) / max;
				points.append((i == 0) ? "" : " ").append(x).append(',').append(y);
			}
			return points.toString();
		}

		/** In words, for the image's text alternative: "from 14 to 6". */
		public String summary() {
			List<Point> scored = scoredPoints();
			return "Scores over " + scored.size() + " check-ins, from " + scored.getFirst().score() + " to "
					+ scored.getLast().score() + " (highest possible " + maxScore() + ")";
		}

	}

	record Point(@Nullable Instant completedAt, @Nullable Integer score, @Nullable String band) {
	}

}
