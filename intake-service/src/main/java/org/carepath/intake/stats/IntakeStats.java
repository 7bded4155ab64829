package org.carepath.intake.stats;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /api/intake/stats} answers (docs/dashboard.md#intake): counts and
 * durations only. Weeks are named by their Monday; minutes are rounded to one decimal and
 * null where there is nothing to measure.
 */
record IntakeStats(LocalDate from, LocalDate to, String timeZone, List<WeekCount> screeningsByWeek,
		List<Positive> positive, Funnel funnel, List<WeekAlerts> alertsByWeek, Acknowledgement acknowledgement) {

	/** Screenings of one instrument with one band, completed in one week. */
	record WeekCount(LocalDate week, String instrument, @Nullable String band, long count) {
	}

	/** Screenings of one instrument and how many of them reached its cut-off. */
	record Positive(String instrument, long screened, long positive) {
	}

	/** The SBIRT funnel of the screenings completed in the period. */
	record Funnel(long screened, long positive, long briefIntervention, long referred, long accepted, long completed) {
	}

	/** Crisis alerts raised in one week (every week of the period, zero included). */
	record WeekAlerts(LocalDate week, long alerts) {
	}

	/** How long crisis alerts raised in the period waited for an acknowledgement. */
	record Acknowledgement(long alerts, long acknowledged, @Nullable Double medianMinutes, @Nullable Double p90Minutes,
			List<Hour> byHour) {
	}

	/** The same for the alerts raised in one hour of the day, clinic time. */
	record Hour(int hour, long alerts, long acknowledged, @Nullable Double medianMinutes, @Nullable Double p90Minutes) {
	}

}
