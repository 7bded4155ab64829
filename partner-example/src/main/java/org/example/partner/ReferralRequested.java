package org.example.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The data of {@code org.carepath.referral.requested.v1}. {@code contact} and
 * {@code scores} are present only when the patient consented to share them; we keep them
 * as received. Unknown fields are ignored, so that CarePath can add fields without
 * breaking us.
 */
record ReferralRequested(String eventId, UUID referralId, String partnerId, LevelOfCare levelOfCare,
		@Nullable String reasonCategory, @Nullable JsonNode contact, @Nullable JsonNode scores,
		@Nullable Consent consent, String notice, @Nullable Instant requestedAt) {

	record LevelOfCare(String edition, String code, @Nullable String name) {
	}

	/** Expires on a date or at an event, never both. */
	record Consent(String reference, @Nullable String version, @Nullable LocalDate expiresOn,
			@Nullable String expiryEvent) {
	}

}
