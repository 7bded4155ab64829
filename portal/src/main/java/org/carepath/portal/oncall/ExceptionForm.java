package org.carepath.portal.oncall;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.carepath.portal.oncall.RosterApi.ExceptionRequest;
import org.carepath.portal.system.FieldErrors;
import org.jspecify.annotations.Nullable;

import static org.carepath.support.text.Text.blankToNull;

/**
 * The "add an exception" form as posted, kept as typed. Like {@link SlotForm}, the portal
 * checks only presence and format; the rest is intake's.
 */
record ExceptionForm(@Nullable String start, @Nullable String end, @Nullable String primary,
		@Nullable String escalation, @Nullable String note) {

	static final String FORM = "exception-form";

	static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	static ExceptionForm empty() {
		return new ExceptionForm(null, null, null, null, null);
	}

	FieldErrors check() {
		FieldErrors errors = FieldErrors.none();
		if (dateTime(this.start) == null) {
			errors = errors.and("exception-start", "Starts", "Enter the date and time the exception starts");
		}
		if (dateTime(this.end) == null) {
			errors = errors.and("exception-end", "Ends", "Enter the date and time the exception ends");
		}
		if (blankToNull(this.primary) == null) {
			errors = errors.and("exception-primary", "Primary contact",
					"Enter the email address of the person on call");
		}
		if (blankToNull(this.escalation) == null) {
			errors = errors.and("exception-escalation", "Escalation contact",
					"Enter the email address to escalate to when the alert is not acknowledged");
		}
		return errors;
	}

	/** What intake receives; only after {@link #check()} found nothing. */
	ExceptionRequest request() {
		return new ExceptionRequest(MINUTES.format(dateTime(this.start)), MINUTES.format(dateTime(this.end)),
				this.primary.strip(), this.escalation.strip(), blankToNull(this.note));
	}

	/**
	 * A local date-time as {@code <input type="datetime-local">} sends it
	 * ({@code 2026-12-24T17:00}); typed with a space instead of the {@code T} too.
	 */
	static @Nullable LocalDateTime dateTime(@Nullable String text) {
		if (blankToNull(text) == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip().replace(' ', 'T'));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
