package org.example.partner;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The data of {@code org.carepath.referral.cancelled.v1}: the patient revoked consent, so
 * we must stop using what we received and delete it.
 */
record ReferralCancelled(String eventId, UUID referralId, String partnerId, String reason,
		@Nullable Instant cancelledAt, @Nullable String notice) {
}
