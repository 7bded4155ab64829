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
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * How events leave the service (docs/events.md), each keyed by the referral id
 * (per-referral order), with CloudEvents headers and nothing else; the data is the record
 * as JSON. Partner events go to the partner's own topic
 * {@code referrals.partner.<partnerId>.v1}, sent by {@link PartnerPublisher}, which
 * re-checks the consent first. The lifecycle event {@link ReferralStatusChanged}, which
 * discloses nothing, is externalized by Spring Modulith to
 * {@value ReferralStatusChanged#TOPIC} for CarePath's own services.
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
	 * Only the lifecycle event is externalized: partner events never go this way (they
	 * need the consent gate at send time).
	 */
	@Bean
	EventExternalizationConfiguration eventExternalization() {
		return EventExternalizationConfiguration.externalizing()
			.selectByType(ReferralStatusChanged.class)
			.route(ReferralStatusChanged.class,
					event -> RoutingTarget.forTarget(ReferralStatusChanged.TOPIC).andKey(event.referralId().toString()))
			.headers(ReferralStatusChanged.class,
					event -> CloudEventHeaders.of(event.eventId().toString(), SOURCE, ReferralStatusChanged.TYPE,
							event.changedAt(), ReferralStatusChanged.SCHEMA))
			.build();
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
