package org.carepath.intake.screening;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/intake/screenings}. Answers map a linkId to an answer code or a whole
 * number of days; they are checked by the scorer, not here. {@code startedAt} is optional
 * (when the form was opened).
 */
record SubmissionRequest(@Nullable String instrument, @Nullable String mode, @Nullable Map<String, Object> answers,
		@Nullable RespondentInfo respondent, @Nullable Contact contact, @Nullable Instant startedAt) {

	record RespondentInfo(@Nullable String sex, @Nullable String ageBand) {
	}

	record Contact(@Nullable String name, @Nullable String phone, @Nullable String email,
			@Nullable Boolean consentToContact) {
	}

}
