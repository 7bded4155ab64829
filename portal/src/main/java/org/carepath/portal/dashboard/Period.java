package org.carepath.portal.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The days the dashboard covers, both inclusive, in the clinic's time zone. Weeks start
 * on Monday and are named by that Monday, as the stats endpoints name them (contract 4).
 */
record Period(LocalDate from, LocalDate to) {

	/** Weeks shown when no period is chosen. */
	static final int DEFAULT_WEEKS = 12;

	/** A period must end less than this many years after it starts. */
	static final int MAX_YEARS = 2;

	/**
	 * The period asked for, by the same rule as the stats endpoints (docs/dashboard.md):
	 * without dates the twelve complete weeks (Monday to Sunday) before the current one;
	 * with only a start, up to today; with only an end, the twelve weeks that end on it.
	 * Throws {@link InvalidPeriod} naming what is wrong, so nothing is asked of the
	 * services.
	 */
	static Period parse(@Nullable String from, @Nullable String to, LocalDate today) {
		LocalDate start = blank(from) ? null : date(from, "The start date");
		LocalDate end = blank(to) ? null : date(to, "The end date");
		if (start == null && end == null) {
			end = monday(today).minusDays(1);
		}
		if (end == null) {
			end = today;
		}
		if (start == null) {
			start = end.minusWeeks(DEFAULT_WEEKS).plusDays(1);
		}
		if (end.isBefore(start)) {
			throw new InvalidPeriod("The start date must not be after the end date.");
		}
		if (!end.isBefore(start.plusYears(MAX_YEARS))) {
			throw new InvalidPeriod("Choose a period shorter than " + MAX_YEARS + " years.");
		}
		return new Period(start, end);
	}

	/** The Monday of the week the day falls in. */
	static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** Every week the period touches, by its Monday, oldest first. */
	List<LocalDate> weeks() {
		List<LocalDate> weeks = new ArrayList<>();
		for (LocalDate week = monday(this.from); !week.isAfter(this.to); week = week.plusWeeks(1)) {
			weeks.add(week);
		}
		return weeks;
	}

	/** The query string the stats endpoints and the CSV links take. */
	String query() {
		return "from=" + this.from + "&to=" + this.to;
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static LocalDate date(String text, String name) {
		String value = text.strip();
		if (value.length() != 10) {
			throw new InvalidPeriod(name + " is not a date like 2026-09-14.");
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidPeriod(name + " is not a date like 2026-09-14.");
		}
	}

	/** A period the dashboard cannot show; the message is for the person who chose it. */
	static final class InvalidPeriod extends RuntimeException {

		InvalidPeriod(String message) {
			super(message);
		}

	}

}
