package org.carepath.referral.referral;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.carepath.support.events.CloudEventHeaders;
import org.carepath.support.events.CloudEventsMessageConverter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * How the partner events leave the service ({@link PartnerPublisher} sends them): each on
 * the partner's own topic {@code referrals.partner.<partnerId>.v1}, keyed by the referral
 * id (per-referral order), with CloudEvents headers and nothing else; the data is the
 * record as JSON (docs/events.md).
 */
@Configuration(proxyBeanMethods = false)
class ReferralEvents {

	static final URI SOURCE = URI.create("urn:carepath:referral-service");

	/** The {@code $id} of {@code static/contract/schemas/referral-requested.v1.json}. */
	static final URI REQUESTED_SCHEMA = URI.create("urn:carepath:schema:org.carepath.referral.requested.v1");

	/** The {@code $id} of {@code static/contract/schemas/referral-cancelled.v1.json}. */
	static final URI CANCELLED_SCHEMA = URI.create("urn:carepath:schema:org.carepath.referral.cancelled.v1");

	// A program's partner id (a slug, also checked by the database): nothing else may
	// become part of a topic name.
	private static final Pattern PARTNER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	@Bean
	RecordMessageConverter kafkaMessageConverter(JsonMapper json) {
		return new CloudEventsMessageConverter(json);
	}

	/**
	 * The partner's own topic; refuses anything but a partner id slug, so no other value
	 * can reach a topic name.
	 */
	static String topic(String partnerId) {
		if (!PARTNER_ID.matcher(partnerId).matches()) {
			throw new IllegalArgumentException("Not a partner id");
		}
		return "referrals.partner." + partnerId + ".v1";
	}

	static Message<ReferralRequested> message(ReferralRequested event) {
		return message(event, event.partnerId(), event.referralId(), CloudEventHeaders.of(event.eventId().toString(),
				SOURCE, ReferralRequested.TYPE, event.requestedAt(), REQUESTED_SCHEMA));
	}

	static Message<ReferralCancelled> message(ReferralCancelled event) {
		return message(event, event.partnerId(), event.referralId(), CloudEventHeaders.of(event.eventId().toString(),
				SOURCE, ReferralCancelled.TYPE, event.cancelledAt(), CANCELLED_SCHEMA));
	}

	private static <T> Message<T> message(T event, String partnerId, UUID referralId, Map<String, Object> headers) {
		return MessageBuilder.withPayload(event)
			.copyHeaders(headers)
			.setHeader(KafkaHeaders.TOPIC, topic(partnerId))
			.setHeader(KafkaHeaders.KEY, referralId.toString())
			.build();
	}

}
