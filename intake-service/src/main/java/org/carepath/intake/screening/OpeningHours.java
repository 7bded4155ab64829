package org.carepath.intake.screening;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When someone at the clinic reads the queue: weekly hours in the clinic's time zone
 * ({@code carepath.clinic.opening-hours}, e.g. {@code monday: 09:00-17:00}; a day left
 * out is closed). The one place that decides what a person is promised about when someone
 * will look at their answers (docs/clinical-rules.md#what-the-person-is-promised).
 */
@ConfigurationProperties("carepath.clinic")
final class OpeningHours {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

	private static final String HELP_NOW = "If you need help before then, call or text 988 at any time, or call 911"
			+ " in an emergency.";

	private final ZoneId zone;

	private final Map<DayOfWeek, Span> week = new EnumMap<>(DayOfWeek.class);

	OpeningHours(ZoneId timeZone, Map<DayOfWeek, String> openingHours) {
		this.zone = timeZone;
		if (openingHours == null || openingHours.isEmpty()) {
			throw new IllegalArgumentException(
					"carepath.clinic.opening-hours must name at least one day, e.g. monday: 09:00-17:00");
		}
		openingHours.forEach((day, hours) -> this.week.put(day, Span.parse(day, hours)));
	}

	/** Whether the clinic is open at this moment, and if not, when it opens next. */
	Review review(Instant now) {
		ZonedDateTime local = now.atZone(this.zone);
		Span today = this.week.get(local.getDayOfWeek());
		if (today != null && today.contains(local.toLocalTime())) {
			return new Review(true, null, "The clinic is open now: someone will look at your answers today, before "
					+ TIME.format(today.closes()) + " " + zoneName() + ".");
		}
		ZonedDateTime next = nextOpening(local);
		return new Review(false, next.toOffsetDateTime().toString(),
				"The clinic is closed now. Someone will look at" + " your answers " + day(local.toLocalDate(), next)
						+ " from " + TIME.format(next) + " " + zoneName() + ". " + HELP_NOW);
	}

	private ZonedDateTime nextOpening(ZonedDateTime local) {
		for (int days = 0; days <= 7; days++) {
			LocalDate date = local.toLocalDate().plusDays(days);
			Span span = this.week.get(date.getDayOfWeek());
			if (span != null && (days > 0 || local.toLocalTime().isBefore(span.opens()))) {
				return date.atTime(span.opens()).atZone(this.zone);
			}
		}
		throw new IllegalStateException("No opening hours in a week");
	}

	private static String day(LocalDate today, ZonedDateTime next) {
		LocalDate date = next.toLocalDate();
		if (date.equals(today)) {
			return "today";
		}
		if (date.equals(today.plusDays(1))) {
			return "tomorrow";
		}
		return "on " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
	}

	private String zoneName() {
		return this.zone.getDisplayName(TextStyle.FULL, Locale.US);
	}

	/**
	 * What the person is told about when someone will look: {@code nextOpening} (ISO 8601
	 * with offset) only while the clinic is closed.
	 */
	record Review(boolean clinicOpen, @Nullable String nextOpening, String text) {
	}

	/** One day's hours, {@code 09:00-17:00}. */
	private record Span(LocalTime opens, LocalTime closes) {

		static Span parse(DayOfWeek day, String hours) {
			String[] parts = (hours != null) ? hours.split("-") : new String[0];
			try {
				if (parts.length == 2) {
					Span span = new Span(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
					if (span.opens().isBefore(span.closes())) {
						return span;
					}
				}
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
			throw new IllegalArgumentException("carepath.clinic.opening-hours." + day.name().toLowerCase(Locale.ROOT)
					+ " must read like 09:00-17:00");
		}

		boolean contains(LocalTime time) {
			return !time.isBefore(this.opens) && time.isBefore(this.closes);
		}

	}

}
