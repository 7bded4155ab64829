package org.carepath.referral.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code org.carepath.referral.cancelled.v1}: the patient revoked consent; the partner
 * stops working on the referral. Carries nothing but the opaque referral id, the reason
 * code and the §2.32 notice (mirrors
 * {@code contract/schemas/referral-cancelled.v1.json}).
 */
public record ReferralCancelled(UUID eventId, UUID referralId, String partnerId, String reason, Instant cancelledAt,
		String notice) {

	public static final String TYPE = "org.carepath.referral.cancelled.v1";

	public static final String CONSENT_REVOKED = "consent-revoked";

}
