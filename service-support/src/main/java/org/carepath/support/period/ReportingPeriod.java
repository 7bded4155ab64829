package org.carepath.support.period;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.carepath.support.problem.Problems;

import org.springframework.http.HttpStatus;

/**
 * The period an aggregate endpoint reports on (docs/dashboard.md#periods): {@code from}
 * and {@code to} are dates in the clinic's time zone, both inclusive. Without either, the
 * twelve complete weeks (Monday to Sunday) before the current one; with only
 * {@code from}, up to today; with only {@code to}, the twelve weeks that end on it. A
 * date that does not parse, a reversed period or one longer than two years is a 400
 * problem of type {@code validation}, naming the parameter.
 *
 * @param from the first day
 * @param to the last day
 * @param zone the clinic's time zone, in which days and weeks begin
 */
public record ReportingPeriod(LocalDate from, LocalDate to, ZoneId zone) {

	/** Weeks reported when the request names no period. */
	public static final int DEFAULT_WEEKS = 12;

	/** The longest period, in years: beyond it a request is refused. */
	public static final int MAX_YEARS = 2;

	/**
	 * The period a request asks for, in the zone of the clinic's clock.
	 * @throws org.springframework.web.ErrorResponseException 400 when the parameters do
	 * not make a period
	 */
	public static ReportingPeriod of(@Nullable String from, @Nullable String to, Clock clock) {
		ZoneId zone = clock.getZone();
		LocalDate today = LocalDate.now(clock);
		List<Map<String, String>> errors = new ArrayList<>();
		LocalDate first = parse("from", from, errors);
		LocalDate last = parse("to", to, errors);
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		if (first == null && last == null) {
			last = weekOf(today).minusDays(1);
		}
		if (last == null) {
			last = today;
		}
		if (first == null) {
			first = last.minusWeeks(DEFAULT_WEEKS).plusDays(1);
		}
		if (last.isBefore(first)) {
			throw invalid(List.of(Problems.fieldError("to", "must not be before the start date")));
		}
		if (!last.isBefore(first.plusYears(MAX_YEARS))) {
			throw invalid(List
				.of(Problems.fieldError("to", "must be less than " + MAX_YEARS + " years after the start date")));
		}
		return new ReportingPeriod(first, last, zone);
	}

	/** The Monday that starts the week of this day: weeks are named by it. */
	public static LocalDate weekOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The first instant of the period: midnight starting {@code from}, clinic time. */
	public Instant start() {
		return this.from.atStartOfDay(this.zone).toInstant();
	}

	/** The first instant after the period: midnight ending {@code to}, clinic time. */
	public Instant end() {
		return this.to.plusDays(1).atStartOfDay(this.zone).toInstant();
	}

	/**
	 * Every week the period touches, by its Monday, oldest first: the first and last may
	 * be partial.
	 */
	public List<LocalDate> weeks() {
		List<LocalDate> weeks = new ArrayList<>();
		for (LocalDate week = weekOf(this.from); !week.isAfter(this.to); week = week.plusWeeks(1)) {
			weeks.add(week);
		}
		return weeks;
	}

	private static @Nullable LocalDate parse(String name, @Nullable String value, List<Map<String, String>> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(Problems.fieldError(name, "must be a date such as 2026-09-14"));
			return null;
		}
	}

	private static RuntimeException invalid(List<Map<String, String>> errors) {
		return Problems.invalid(HttpStatus.BAD_REQUEST, "validation", "Invalid period",
				"The period must be two dates (YYYY-MM-DD), from not after to, less than " + MAX_YEARS
						+ " years apart.",
				errors);
	}

}
