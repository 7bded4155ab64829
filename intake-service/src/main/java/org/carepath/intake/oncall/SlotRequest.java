package org.carepath.intake.oncall;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A new weekly slot: days as {@code MONDAY}…{@code SUNDAY}, times as {@code HH:mm}
 * (local, the clinic's time zone). Read as text so that every wrong field is reported at
 * once.
 */
record SlotRequest(@NotBlank @Pattern(regexp = DAY, message = DAY_MESSAGE) String startDay,
		@NotBlank @Pattern(regexp = TIME, message = TIME_MESSAGE) String startTime,
		@NotBlank @Pattern(regexp = DAY, message = DAY_MESSAGE) String endDay,
		@NotBlank @Pattern(regexp = TIME, message = TIME_MESSAGE) String endTime,
		@NotBlank @ContactEmail String primary, @NotBlank @ContactEmail String escalation) {

	static final String DAY = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";

	static final String DAY_MESSAGE = "must be a day of the week such as MONDAY";

	static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

	static final String TIME_MESSAGE = "must be a time of day such as 17:00";

	WeeklySlot toSlot() {
		return new WeeklySlot(UUID.randomUUID(), DayOfWeek.valueOf(this.startDay), LocalTime.parse(this.startTime),
				DayOfWeek.valueOf(this.endDay), LocalTime.parse(this.endTime), this.primary.strip(),
				this.escalation.strip());
	}

}
