package org.carepath.portal.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The three aggregate endpoints as the dashboard reads them (contract 4): counts and
 * durations only, never ids of people, names or answers. Fields the services add later
 * are ignored; a list they leave out is empty.
 */
final class StatsApi {

	private StatsApi() {
	}

	/** {@code GET /api/intake/stats}. */
	record IntakeStats(@Nullable List<WeekBand> screeningsByWeek, @Nullable List<Positive> positive,
			@Nullable Funnel funnel, @Nullable List<WeekAlerts> alertsByWeek,
			@Nullable Acknowledgement acknowledgement) {

		List<WeekBand> weekBands() {
			return orEmpty(this.screeningsByWeek);
		}

		List<Positive> positives() {
			return orEmpty(this.positive);
		}

		List<WeekAlerts> alertWeeks() {
			return orEmpty(this.alertsByWeek);
		}

	}

	/** Screenings of one instrument in one week that fell in one band. */
	record WeekBand(LocalDate week, String instrument, @Nullable String band, long count) {
	}

	record Positive(String instrument, long screened, long positive) {
	}

	/** The SBIRT steps, each counting the screenings of the period that reached it. */
	record Funnel(long screened, long positive, long briefIntervention, long referred, long accepted, long completed) {
	}

	record WeekAlerts(LocalDate week, long alerts) {
	}

	/**
	 * Time from a crisis alert to its acknowledgement, overall and by the hour of day
	 * (clinic time) it was raised; minutes are null where none was acknowledged.
	 */
	record Acknowledgement(long alerts, long acknowledged, @Nullable Double medianMinutes, @Nullable Double p90Minutes,
			@Nullable List<HourAcknowledgement> byHour) {

		List<HourAcknowledgement> hours() {
			return orEmpty(this.byHour);
		}

	}

	record HourAcknowledgement(int hour, long alerts, long acknowledged, @Nullable Double medianMinutes,
			@Nullable Double p90Minutes) {
	}

	/** {@code GET /api/referrals/stats}. */
	record ReferralStats(@Nullable List<Program> programs) {

		List<Program> programList() {
			return orEmpty(this.programs);
		}

	}

	/**
	 * One partner program: {@code acceptanceRate} is accepted / answered (null when none
	 * was answered); durations are null when there is nothing to measure.
	 */
	record Program(@Nullable String programId, @Nullable String name, long referrals, long answered, long accepted,
			@Nullable Double acceptanceRate, @Nullable Double firstAnswerMedianHours,
			@Nullable Double firstAnswerP90Hours, long completed, @Nullable Double completionMedianDays) {

		String displayName() {
			return (this.name != null && !this.name.isBlank()) ? this.name
					: Objects.requireNonNullElse(this.programId, "Unnamed program");
		}

	}

	/** {@code GET /api/content/stats}. */
	record ContentStats(@Nullable List<WeekViews> viewsByWeek, @Nullable List<ArticleViews> articles) {

		List<WeekViews> weeks() {
			return orEmpty(this.viewsByWeek);
		}

		List<ArticleViews> articleList() {
			return orEmpty(this.articles);
		}

	}

	record WeekViews(LocalDate week, long views, long checksStarted) {
	}

	record ArticleViews(@Nullable String slug, @Nullable String title, long views, long checksStarted) {

		String displayTitle() {
			return (this.title != null && !this.title.isBlank()) ? this.title
					: Objects.requireNonNullElse(this.slug, "Untitled article");
		}

	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list != null) ? list.stream().filter(Objects::nonNull).toList() : List.of();
	}

}
