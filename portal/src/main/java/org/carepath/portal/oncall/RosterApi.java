package org.carepath.portal.oncall;

import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import static org.carepath.portal.system.ServiceCalls.list;

/**
 * Intake's roster API ({@code /api/intake/on-call}) as the portal reads and writes it.
 * Times are local times in the clinic's zone, which the roster names: the page shows them
 * as they are, never converted. Names follow the API; fields it adds later are ignored.
 */
final class RosterApi {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy, h:mm a",
			Locale.ENGLISH);

	private RosterApi() {
	}

	/**
	 * The whole roster: {@code now} is who intake would email at this moment, and
	 * {@code escalationContact} who it emails when no slot or exception covers the time.
	 */
	record Roster(@Nullable String timeZone, @Nullable String escalationContact, @Nullable List<Slot> slots,
			@Nullable List<ExceptionPeriod> exceptions, @Nullable OnCallNow now) {

		public List<Slot> slotList() {
			return list(this.slots);
		}

		public List<ExceptionPeriod> exceptionList() {
			return list(this.exceptions);
		}

		/** "America/New_York (Eastern Time)"; the id alone when Java does not know it. */
		public String zoneText() {
			if (this.timeZone == null) {
				return "not given by the intake service";
			}
			try {
				return this.timeZone + " (" + ZoneId.of(this.timeZone).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
						+ ")";
			}
			catch (DateTimeException ex) {
				return this.timeZone;
			}
		}

	}

	/**
	 * A weekly slot: from {@code startDay startTime} to {@code endDay endTime} (it may
	 * run over midnight or the weekend), with its primary and escalation contact.
	 */
	record Slot(String id, @Nullable String startDay, @Nullable LocalTime startTime, @Nullable String endDay,
			@Nullable LocalTime endTime, @Nullable String primary, @Nullable String escalation) {

		public String fromText() {
			return dayAndTime(this.startDay, this.startTime);
		}

		public String untilText() {
			return dayAndTime(this.endDay, this.endTime);
		}

	}

	/**
	 * A dated exception to the weekly pattern (a holiday, a swapped shift), from
	 * {@code start} to {@code end}.
	 */
	record ExceptionPeriod(String id, @Nullable LocalDateTime start, @Nullable LocalDateTime end,
			@Nullable String primary, @Nullable String escalation, @Nullable String note) {

		public String fromText() {
			return (this.start != null) ? DATE_TIME.format(this.start) : "";
		}

		public String untilText() {
			return (this.end != null) ? DATE_TIME.format(this.end) : "";
		}

	}

	/**
	 * Who is on call now; {@code source} says what covers the moment: {@code slot},
	 * {@code exception} or {@code none} (then only the escalation contact is emailed).
	 */
	record OnCallNow(@Nullable String primary, @Nullable String escalation, @Nullable String source) {
	}

	/**
	 * {@code POST /api/intake/on-call/slots}. Days are {@code MONDAY}…, times
	 * {@code HH:mm}.
	 */
	record SlotRequest(String startDay, String startTime, String endDay, String endTime, String primary,
			String escalation) {
	}

	/**
	 * {@code POST /api/intake/on-call/exceptions}: local date-times
	 * {@code 2026-12-24T17:00}.
	 */
	record ExceptionRequest(String start, String end, String primary, String escalation, @Nullable String note) {
	}

	/** {@code PUT /api/intake/on-call/escalation-contact}. */
	record EscalationContactRequest(String email) {
	}

	/** "Monday" for {@code MONDAY}; the code as given when it is not a day. */
	static String dayText(@Nullable String day) {
		if (day == null) {
			return "";
		}
		try {
			return DayOfWeek.valueOf(day).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		}
		catch (IllegalArgumentException ex) {
			return day;
		}
	}

	private static String dayAndTime(@Nullable String day, @Nullable LocalTime time) {
		return (dayText(day) + " " + ((time != null) ? TIME.format(time) : "")).strip();
	}

}
