package org.carepath.intake.screening;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/intake/screenings}. Answers map a linkId to an answer code or a whole
 * number of days; they are checked against the instrument by the scorer, not here.
 * {@code startedAt} is optional (when the form was opened).
 */
record SubmissionRequest(@NotBlank(message = "required") @KnownInstrument @Nullable String instrument,
		@NotNull(message = MODES) @Pattern(regexp = "self|staff", message = MODES) @Nullable String mode,
		@Nullable Map<String, Object> answers, @Valid @Nullable RespondentInfo respondent,
		@Valid @Nullable Contact contact, @NotInFuture @Nullable Instant startedAt, @Schema(description = """
				What to do with answers to questions the instrument's skip rules (FHIR enableWhen) leave out given \
				the other answers, e.g. CRAFFT Part B beyond the Car question when Part A reports no use. \
				"reject" (the default): refused as invalid answers naming each item. "ignore": dropped before the \
				answers are checked and scored, and not stored; for forms that keep what was typed before an \
				earlier answer changed.""", allowableValues = {
				"reject", "ignore" }, defaultValue = "reject",
				requiredMode = Schema.RequiredMode.NOT_REQUIRED) @Pattern(regexp = "reject|ignore",
						message = "must be reject or ignore")
		// Left out when not given, so that the idempotency hash of a request without it
		// stays what it was before the field existed.
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String skippedAnswers){

	static final String MODES = "must be self or staff";

	boolean ignoresSkippedAnswers() {
		return "ignore".equals(this.skippedAnswers);
	}

	boolean selfCheck() {
		return "self".equals(this.mode);
	}

	boolean staffAdministered() {
		return "staff".equals(this.mode);
	}

	Map<String, Object> answersGiven() {
		return (this.answers != null) ? this.answers : Map.of();
	}

	@Nullable String sex() {
		return (this.respondent != null) ? this.respondent.sex() : null;
	}

	@Nullable String ageBand() {
		return (this.respondent != null) ? this.respondent.ageBand() : null;
	}

	record RespondentInfo(
			@Pattern(regexp = "female|male", message = "must be female, male or null") @Nullable String sex,
			@Pattern(regexp = "\\d{1,3}-\\d{1,3}|\\d{1,3}\\+",
					message = "must be a range such as 18-25, or 65+") @Nullable String ageBand) {
	}

	/** Contact details are optional; when given they need consent and a way to reach. */
	@ReachableContact(whenConsented = true)
	@DetailsOnlyWithConsent
	record Contact(@Size(max = 200, message = "at most 200 characters") @Nullable String name,
			@Size(max = 40, message = "at most 40 characters") @DialablePhoneNumber @Nullable String phone,
			@Size(max = 254, message = "at most 254 characters") @EmailAddress @Nullable String email,
			// Left out when not given: the idempotency hash of a request without it stays
			// what it was before the field existed.
			@Pattern(regexp = PreferredTime.CODES,
					message = PreferredTime.MESSAGE) @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String preferredTime,
			@Nullable Boolean consentToContact) implements ContactDetails {
	}

}
