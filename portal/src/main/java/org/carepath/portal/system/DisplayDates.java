package org.carepath.portal.system;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Dates as people read them, in the clinic's time zone
 * ({@code carepath.portal.time-zone}). Templates call it as
 * {@code ${@dates.date(article.reviewedAt)}}; {@code iso} feeds {@code <time datetime>}.
 * Times name their zone, so a reader never has to guess.
 */
@Component("dates")
public class DisplayDates {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

	private final ZoneId zone;

	DisplayDates(PortalProperties properties) {
		this.zone = properties.portal().timeZone();
	}

	public String date(@Nullable Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(this.zone)) : "";
	}

	public String dateTime(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		return date(instant) + ", " + TIME.format(instant.atZone(this.zone)) + " "
				+ this.zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
	}

	/** The machine-readable form for {@code <time datetime>}. */
	public String iso(@Nullable Instant instant) {
		return (instant != null) ? instant.toString() : "";
	}

	/**
	 * The calendar day in the clinic's zone, as schema.org's {@code lastReviewed} wants
	 * it.
	 */
	public String isoDate(@Nullable Instant instant) {
		return (instant != null) ? instant.atZone(this.zone).toLocalDate().toString() : "";
	}

}
