package org.carepath.intake.oncall;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new dated exception: local times {@code 2026-12-24T17:00} in the clinic's time zone,
 * the end after the start (checked in the controller, after the fields).
 */
record ExceptionRequest(@NotBlank @Pattern(regexp = DATE_TIME, message = DATE_TIME_MESSAGE) String start,
		@NotBlank @Pattern(regexp = DATE_TIME, message = DATE_TIME_MESSAGE) String end,
		@NotBlank @ContactEmail String primary, @NotBlank @ContactEmail String escalation,
		@Nullable @Size(max = 200) String note) {

	static final String DATE_TIME = "[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]";

	static final String DATE_TIME_MESSAGE = "must be a local date and time such as 2026-12-24T17:00";

	ExceptionPeriod toException() {
		String text = (this.note == null || this.note.isBlank()) ? null : this.note.strip();
		return new ExceptionPeriod(UUID.randomUUID(), LocalDateTime.parse(this.start), LocalDateTime.parse(this.end),
				this.primary.strip(), this.escalation.strip(), text);
	}

}
