package org.carepath.referral.referral;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code org.carepath.referral.status-changed.v1} on {@value #TOPIC}: a referral's
 * lifecycle, for CarePath's own services (intake links the referral to its screening),
 * never for partners. Published from the transaction that changes the status — requested,
 * each partner answer, cancelled — through the outbox (docs/events.md). Opaque ids and
 * the status code only: no personal data, nothing about the consent. Mirrors
 * {@code contract/schemas/referral-status-changed.v1.json}.
 */
public record ReferralStatusChanged(UUID eventId, UUID referralId, UUID screeningId, String status, Instant changedAt) {

	public static final String TYPE = "org.carepath.referral.status-changed.v1";

	static final String TOPIC = "referrals.lifecycle.v1";

	/**
	 * The {@code $id} of {@code static/contract/schemas/referral-status-changed.v1.json}.
	 */
	static final URI SCHEMA = URI.create("urn:carepath:schema:org.carepath.referral.status-changed.v1");

	static ReferralStatusChanged of(ReferralRecord referral, ReferralStatus status, Instant changedAt) {
		return new ReferralStatusChanged(UUID.randomUUID(), referral.id(), referral.screeningId(), status.code(),
				changedAt);
	}

}
