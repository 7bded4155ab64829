package org.carepath.referral.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** A signed consent as stored: immutable content, plus its revocation once recorded. */
@NamedInterface("api")
public record StoredConsent(UUID id, int version, String patientName, String discloser, String informationDescription,
		List<String> elements, UUID recipientProgramId, String recipientName, String purpose,
		String revocationStatement, @Nullable LocalDate expiresOn, @Nullable String expiryEvent, String signedBy,
		String signerRole, String typedSignature, String signatureMethod, LocalDate signedOn, Instant recordedAt,
		String recordedBy, @Nullable Revocation revocation) {

	public record Revocation(Instant revokedAt, String revokedBy, @Nullable String reason, @Nullable String requestedBy,
			@Nullable LocalDate receivedOn) {
	}

	public boolean revoked() {
		return this.revocation != null;
	}

	/**
	 * Expired at the end of its expiry date (an expiry event is recorded as a revocation
	 * when it happens).
	 */
	public boolean expiredOn(LocalDate today) {
		return this.expiresOn != null && this.expiresOn.isBefore(today);
	}

}
