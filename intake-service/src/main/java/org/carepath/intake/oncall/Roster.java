package org.carepath.intake.oncall;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The roster as it stands, and the one rule of who is on call at an instant
 * (docs/clinic-operations.md#on-call-roster-and-escalation): an exception covering it
 * wins, else the weekly slot covering it, else nobody but the clinic-wide escalation
 * contact. Periods include their start and exclude their end.
 * <p>
 * Local times become instants in the clinic's zone as a person reading a wall clock
 * would: a time the clock skips (02:30 when it jumps from 02:00 to 03:00) is the moment
 * of the jump; a time the clock shows twice (01:30 when it falls back) is its first
 * showing. Both ends of adjacent periods read alike, so no minute falls between them.
 */
record Roster(ZoneId zone, List<WeeklySlot> slots, List<ExceptionPeriod> exceptions,
		@Nullable String escalationContact) {

	OnCall at(Instant instant) {
		for (ExceptionPeriod exception : this.exceptions) {
			if (covers(exception.start(), exception.end(), instant)) {
				return new OnCall(exception.primary(), exception.escalation(), "exception");
			}
		}
		LocalDate monday = instant.atZone(this.zone)
			.toLocalDate()
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		for (WeeklySlot slot : this.slots) {
			// A slot is at most a week long: the one covering the instant started this
			// week or the week before (next week's only across a time-zone oddity).
			for (int weeks = -1; weeks <= 1; weeks++) {
				LocalDateTime[] occurrence = slot.occurrence(monday.plusWeeks(weeks));
				if (covers(occurrence[0], occurrence[1], instant)) {
					return new OnCall(slot.primary(), slot.escalation(), "slot");
				}
			}
		}
		return new OnCall(null, this.escalationContact, "none");
	}

	private boolean covers(LocalDateTime start, LocalDateTime end, Instant instant) {
		return !instant.isBefore(instant(start)) && instant.isBefore(instant(end));
	}

	/** The wall-clock reading above. */
	Instant instant(LocalDateTime local) {
		ZoneOffsetTransition transition = this.zone.getRules().getTransition(local);
		if (transition != null && transition.isGap()) {
			return transition.getInstant();
		}
		return local.atZone(this.zone).toInstant();
	}

}
