package org.carepath.intake.fhir;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the FHIR export needs of a stored screening. No contact details and no names:
 * {@code administeredBy} is the staff member's username, {@code answers} map a linkId to
 * an answer code or a whole number of days.
 */
public record ExportedScreening(UUID id, String reference, String instrumentVersion, String mode,
		@Nullable String administeredBy, Instant completedAt, Map<String, Object> answers, int score, String band,
		boolean positive, boolean crisis, List<String> notes) {

	public ExportedScreening {
		answers = Map.copyOf(answers);
		notes = List.copyOf(notes);
	}

	boolean staffAdministered() {
		return "staff".equals(this.mode);
	}

}
