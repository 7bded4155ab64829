package org.example.partner;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who we are at CarePath and how we answer.
 *
 * @param id our partner id: names our topic and our Keycloak client
 * @param topic the one topic we may read, {@code referrals.partner.<id>.v1}
 * @param policy what to answer to a new referral
 * @param gatewayUrl CarePath's gateway, where the partner API is
 * @param issuer CarePath's Keycloak realm, whose token endpoint gives us our token
 * @param retry how long to wait between attempts while the partner API cannot be reached
 */
@ConfigurationProperties("partner")
record PartnerProperties(String id, String topic, Policy policy, URI gatewayUrl, URI issuer, Retry retry) {

	enum Policy {

		/** Answer "accepted" at once: the local demo. */
		AUTO_ACCEPT,

		/** Only store the referral; people answer it later. */
		MANUAL

	}

	record Retry(Duration initialInterval, Duration maxInterval) {
	}

}
