package org.carepath.intake.oncall;

import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A dated exception to the weekly slots (a holiday, a swap): from {@code start} up to,
 * not including, {@code end}, local times in the clinic's time zone. It overrides every
 * slot it overlaps.
 */
record ExceptionPeriod(UUID id, LocalDateTime start, LocalDateTime end, String primary, String escalation,
		@Nullable String note) {

	boolean overlaps(ExceptionPeriod other) {
		return this.start.isBefore(other.end) && other.start.isBefore(this.end);
	}

}
