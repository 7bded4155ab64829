package org.carepath.referral.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.carepath.referral.consent.ConsentForm;

/**
 * {@code POST /api/referrals}: the clinician's decision and the patient's consent.
 * Nullable throughout so one 422 can name every missing field and consent element; wrong
 * JSON types are a 400 before this is built. {@code scores} are what the clinician chose
 * to share; they are stored and sent only when {@code share.scores}.
 */
record ReferralRequest(@Nullable UUID screeningId, @Nullable String screeningReference, @Nullable UUID programId,
		@Nullable Level levelOfCare, @Nullable String reasonCategory, @Nullable Patient patient, @Nullable Share share,
		@Nullable List<Score> scores, @Nullable ConsentForm consent) {

	record Level(@Nullable String edition, @Nullable String code) {
	}

	record Patient(@Nullable String name, @Nullable LocalDate dateOfBirth, @Nullable String phone,
			@Nullable String email, @Nullable String preferredContact) {
	}

	record Share(@Nullable Boolean contact, @Nullable Boolean scores) {
	}

	record Score(@Nullable String instrument, @Nullable String version, @Nullable Integer score, @Nullable String band,
			@Nullable Instant completedAt) {
	}

	boolean sharesContact() {
		return this.share != null && Boolean.TRUE.equals(this.share.contact());
	}

	boolean sharesScores() {
		return this.share != null && Boolean.TRUE.equals(this.share.scores());
	}

}
