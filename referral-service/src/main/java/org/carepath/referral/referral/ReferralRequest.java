package org.carepath.referral.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.carepath.referral.consent.ConsentForm;

/**
 * {@code POST /api/referrals}: the clinician's decision and the patient's consent. The
 * constraints are the request's own rules; the program's (it exists, accepts referrals,
 * offers the level) need the directory and the consent's are the consent gate's, so
 * {@link ReferralChecks} reports all three together in one 422. Nullable throughout so
 * that one answer can name every missing field and consent element; wrong JSON types are
 * a 400 before this is built. Lengths are the columns' (V4). {@code scores} are what the
 * clinician chose to share; they are stored and sent only when {@code share.scores}.
 */
@ContactWhenShared
@ScoresWhenShared
record ReferralRequest(@NotNull(message = "required") @Nullable UUID screeningId,
		@Size(max = 20, message = "at most 20 characters") @Nullable String screeningReference,
		@NotNull(message = "required") @Nullable UUID programId,
		@NotNull(message = "the ASAM edition and level code are required") @AsamLevel @Nullable Level levelOfCare,
		@OneOf(value = {
				"substance-use", "alcohol-use", "co-occurring-mental-health", "youth-substance-use" },
				required = true) @Nullable String reasonCategory,
		@NotNull(message = "required") @Valid @Nullable Patient patient, @Nullable Share share,
		@Nullable List<@NotNull(message = "required") @Valid Score> scores, @Nullable ConsentForm consent){

	record Level(@Nullable String edition, @Nullable String code) {
	}

	record Patient(
			@NotBlank(message = "required") @Size(max = 200, message = "at most 200 characters") @Nullable String name,
			@PastOrPresent(message = "must not be in the future") @Nullable LocalDate dateOfBirth,
			@Size(max = 40, message = "at most 40 characters") @Nullable String phone,
			@Size(max = 254, message = "must be an email address") @Pattern(regexp = "(?s)\\s*|.*@.*",
					message = "must be an email address") @Nullable String email,
			@OneOf(value = {
					"phone", "email" }, message = "must be phone or email") @Nullable String preferredContact){
	}

	record Share(@Nullable Boolean contact, @Nullable Boolean scores) {
	}

	record Score(@OneOf(value = {
			"dast-10", "audit-c", "audit", "phq-9", "gad-7", "crafft-2.1" },
			required = true) @Nullable String instrument,
			@Size(max = 20, message = "at most 20 characters") @Nullable String version,
			@NotNull(message = "must be a score from 0 to 40") @Min(value = 0,
					message = "must be a score from 0 to 40") @Max(value = 40,
							message = "must be a score from 0 to 40") @Nullable Integer score,
			@NotBlank(message = "required, at most 40 characters") @Size(max = 40,
					message = "required, at most 40 characters") @Nullable String band,
			@Nullable Instant completedAt){
	}

	boolean sharesContact() {
		return this.share != null && Boolean.TRUE.equals(this.share.contact());
	}

	boolean sharesScores() {
		return this.share != null && Boolean.TRUE.equals(this.share.scores());
	}

}
