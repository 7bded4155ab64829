package org.carepath.intake.oncall;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

/**
 * A weekly on-call slot from {@code startDay startTime} up to, not including,
 * {@code endDay endTime}, wall-clock times in the clinic's time zone. It may cross
 * midnight and the week's end; the same start and end is the whole week.
 */
record WeeklySlot(UUID id, DayOfWeek startDay, LocalTime startTime, DayOfWeek endDay, LocalTime endTime, String primary,
		String escalation) {

	static final int MINUTES_PER_WEEK = 7 * 24 * 60;

	/** Minutes from Monday 00:00 to the start. */
	int startMinute() {
		return minuteOfWeek(this.startDay, this.startTime);
	}

	/** The slot's length in wall-clock minutes, 1 to a whole week. */
	int length() {
		int length = Math.floorMod(minuteOfWeek(this.endDay, this.endTime) - startMinute(), MINUTES_PER_WEEK);
		return (length == 0) ? MINUTES_PER_WEEK : length;
	}

	/** Whether the two slots share a minute of the week. */
	boolean overlaps(WeeklySlot other) {
		for (int shift = -MINUTES_PER_WEEK; shift <= MINUTES_PER_WEEK; shift += MINUTES_PER_WEEK) {
			int otherStart = other.startMinute() + shift;
			if (startMinute() < otherStart + other.length() && otherStart < startMinute() + length()) {
				return true;
			}
		}
		return false;
	}

	/** The occurrence that starts in the week of this Monday: local start and end. */
	LocalDateTime[] occurrence(LocalDate monday) {
		LocalDateTime start = monday.with(TemporalAdjusters.nextOrSame(this.startDay)).atTime(this.startTime);
		return new LocalDateTime[] { start, start.plusMinutes(length()) };
	}

	private static int minuteOfWeek(DayOfWeek day, LocalTime time) {
		return (day.getValue() - 1) * 24 * 60 + time.getHour() * 60 + time.getMinute();
	}

}
