package org.carepath.referral.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored referral row. Patient fields stay at the clinic unless the consent allowed
 * sending them.
 */
record ReferralRecord(UUID id, UUID screeningId, @Nullable String screeningReference, UUID programId,
		String asamEdition, String levelCode, String reasonCategory, String patientName,
		@Nullable LocalDate patientDateOfBirth, @Nullable String patientPhone, @Nullable String patientEmail,
		@Nullable String preferredContact, boolean shareContact, boolean shareScores, String scoresJson, UUID consentId,
		ReferralStatus status, String requestedBy, Instant createdAt, Instant updatedAt) {

	ReferralRecord withStatus(ReferralStatus status, Instant at) {
		return new ReferralRecord(this.id, this.screeningId, this.screeningReference, this.programId, this.asamEdition,
				this.levelCode, this.reasonCategory, this.patientName, this.patientDateOfBirth, this.patientPhone,
				this.patientEmail, this.preferredContact, this.shareContact, this.shareScores, this.scoresJson,
				this.consentId, status, this.requestedBy, this.createdAt, at);
	}

}
