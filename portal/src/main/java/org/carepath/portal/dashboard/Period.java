package org.carepath.portal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.carepath.support.period.ReportingPeriod;
import org.jspecify.annotations.Nullable;

import org.springframework.web.ErrorResponseException;

/**
 * The days the dashboard covers, both inclusive, in the clinic's time zone, chosen by the
 * one rule the stats endpoints also follow (service-support's {@link ReportingPeriod},
 * docs/dashboard.md#periods), so the page and the services never disagree about a period.
 */
record Period(LocalDate from, LocalDate to) {

	/**
	 * The period asked for, by the clinic's clock. Throws {@link InvalidPeriod} naming
	 * what is wrong, so nothing is asked of the services.
	 */
	static Period parse(@Nullable String from, @Nullable String to, Clock clock) {
		try {
			ReportingPeriod period = ReportingPeriod.of(from, to, clock);
			return new Period(period.from(), period.to());
		}
		catch (ErrorResponseException ex) {
			throw new InvalidPeriod(words(ex));
		}
	}

	/** Every week the period touches, by its Monday, oldest first. */
	List<LocalDate> weeks() {
		return new ReportingPeriod(this.from, this.to, ZoneOffset.UTC).weeks();
	}

	/** The query string the stats endpoints and the CSV links take. */
	String query() {
		return "from=" + this.from + "&to=" + this.to;
	}

	/** The rule's refusal for the person who chose the dates: each field's reason. */
	private static String words(ErrorResponseException ex) {
		Object errors = (ex.getBody().getProperties() != null) ? ex.getBody().getProperties().get("errors") : null;
		StringBuilder text = new StringBuilder();
		if (errors instanceof List<?> list) {
			for (Object error : list) {
				if (error instanceof Map<?, ?> field) {
					String name = "from".equals(field.get("field")) ? "The start date" : "The end date";
					text.append(name).append(' ').append(field.get("message")).append(". ");
				}
			}
		}
		return text.isEmpty() ? String.valueOf(ex.getBody().getDetail()) : text.toString().strip();
	}

	/** A period the dashboard cannot show; the message is for the person who chose it. */
	static final class InvalidPeriod extends RuntimeException {

		InvalidPeriod(String message) {
			super(message);
		}

	}

}
