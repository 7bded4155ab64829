package org.carepath.intake.oncall;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The roster as {@code GET /api/intake/on-call} shows it: local times in the clinic's
 * time zone, and who is on call now.
 */
record RosterView(String timeZone, @Nullable String escalationContact, List<Slot> slots, List<Exception> exceptions,
		OnCall now) {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	record Slot(UUID id, String startDay, String startTime, String endDay, String endTime, String primary,
			String escalation) {

		static Slot of(WeeklySlot slot) {
			return new Slot(slot.id(), slot.startDay().name(), TIME.format(slot.startTime()), slot.endDay().name(),
					TIME.format(slot.endTime()), slot.primary(), slot.escalation());
		}

	}

	record Exception(UUID id, String start, String end, String primary, String escalation, @Nullable String note) {

		static Exception of(ExceptionPeriod exception) {
			return new Exception(exception.id(), DATE_TIME.format(exception.start()), DATE_TIME.format(exception.end()),
					exception.primary(), exception.escalation(), exception.note());
		}

	}

}
