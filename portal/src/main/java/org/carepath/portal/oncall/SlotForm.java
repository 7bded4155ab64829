package org.carepath.portal.oncall;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.carepath.portal.oncall.RosterApi.SlotRequest;
import org.carepath.portal.system.FieldErrors;
import org.jspecify.annotations.Nullable;

import static org.carepath.support.text.Text.blankToNull;

/**
 * The "add a weekly slot" form as posted: kept as typed, so a refused form comes back
 * with what the admin entered. The portal only checks that each field is there and
 * readable; whether the slot makes sense (an address, no overlap) is intake's to say.
 */
record SlotForm(@Nullable String startDay, @Nullable String startTime, @Nullable String endDay,
		@Nullable String endTime, @Nullable String primary, @Nullable String escalation) {

	static final String FORM = "slot-form";

	/** The days in the form's order, as intake names them. */
	static final List<String> DAYS = Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();

	static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	static SlotForm empty() {
		return new SlotForm(null, null, null, null, null, null);
	}

	FieldErrors check() {
		FieldErrors errors = FieldErrors.none();
		if (!DAYS.contains(this.startDay)) {
			errors = errors.and("slot-start-day", "Starts on", "Choose the day the slot starts");
		}
		if (time(this.startTime) == null) {
			errors = errors.and("slot-start-time", "Starts at", "Enter the time the slot starts, like 17:00");
		}
		if (!DAYS.contains(this.endDay)) {
			errors = errors.and("slot-end-day", "Ends on", "Choose the day the slot ends");
		}
		if (time(this.endTime) == null) {
			errors = errors.and("slot-end-time", "Ends at", "Enter the time the slot ends, like 09:00");
		}
		if (blankToNull(this.primary) == null) {
			errors = errors.and("slot-primary", "Primary contact", "Enter the email address of the person on call");
		}
		if (blankToNull(this.escalation) == null) {
			errors = errors.and("slot-escalation", "Escalation contact",
					"Enter the email address to escalate to when the alert is not acknowledged");
		}
		return errors;
	}

	/** What intake receives; only after {@link #check()} found nothing. */
	SlotRequest request() {
		return new SlotRequest(this.startDay, HOURS_MINUTES.format(time(this.startTime)), this.endDay,
				HOURS_MINUTES.format(time(this.endTime)), this.primary.strip(), this.escalation.strip());
	}

	/**
	 * A time as {@code <input type="time">} sends it ({@code 17:00}, maybe with seconds).
	 */
	static @Nullable LocalTime time(@Nullable String text) {
		if (blankToNull(text) == null) {
			return null;
		}
		try {
			return LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
