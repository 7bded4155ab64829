package org.carepath.referral.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** What staff and partners see of a referral. Records, never the stored rows. */
final class ReferralViews {

	private ReferralViews() {
	}

	record Level(String edition, String code, @Nullable String name) {
	}

	record Program(UUID id, String partnerId, String name) {
	}

	/** A line of the staff list. */
	record Summary(UUID id, @Nullable String screeningReference, Program program, Level levelOfCare,
			String reasonCategory, String status, String requestedBy, Instant createdAt, Instant updatedAt) {
	}

	record Patient(String name, @Nullable LocalDate dateOfBirth, @Nullable String phone, @Nullable String email,
			@Nullable String preferredContact) {
	}

	record Share(boolean contact, boolean scores) {
	}

	record ConsentSummary(UUID id, int version, String status, String patientName, String discloser,
			String informationDescription, List<String> elements, String recipientName, String purpose,
			@Nullable LocalDate expiresOn, @Nullable String expiryEvent, String signedBy, String signerRole,
			LocalDate signedOn, String recordedBy, Instant recordedAt, @Nullable Revocation revocation) {
	}

	record Revocation(Instant revokedAt, String revokedBy, @Nullable String reason, @Nullable String requestedBy,
			@Nullable LocalDate receivedOn) {
	}

	/** The staff detail: patient, what is shared, the consent, the status history. */
	record Details(UUID id, UUID screeningId, @Nullable String screeningReference, Program program, Level levelOfCare,
			String reasonCategory, String status, Patient patient, Share share, JsonNode scores, ConsentSummary consent,
			List<StatusChange> history, String requestedBy, Instant createdAt, Instant updatedAt) {
	}

	/**
	 * A line of a partner's inbox. Level of care and reason category are absent (null)
	 * once the consent no longer permits showing them: the referral is cancelled, or its
	 * consent revoked or expired.
	 */
	record InboxItem(UUID referralId, String status, @Nullable Level levelOfCare, @Nullable String reasonCategory,
			Instant requestedAt, Instant updatedAt) {
	}

	/**
	 * A partner's history line: who is the clinic or the partner itself, never a clinic
	 * user's name.
	 */
	record PartnerStatusChange(String status, String changedBy, Instant changedAt, @Nullable LocalDate effectiveOn,
			@Nullable String reason) {
	}

	/**
	 * A partner's view of one referral: the data as disclosed (absent once consent is
	 * revoked or expired: revocation stops further disclosure), the status and its
	 * history.
	 */
	record PartnerReferral(UUID referralId, String status, @Nullable JsonNode referral,
			List<PartnerStatusChange> history, Instant requestedAt, Instant updatedAt) {
	}

}
