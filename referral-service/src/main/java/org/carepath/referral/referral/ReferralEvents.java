package org.carepath.referral.referral;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.carepath.support.events.CloudEventHeaders;
import org.carepath.support.events.CloudEventsMessageConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.carepath.referral.consent.ConsentGate;
import org.carepath.referral.program.ProgramDirectory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Which events leave the service and how (Spring Modulith externalization to Kafka, the
 * transactional outbox): {@link ReferralRequested} and {@link ReferralCancelled} go to
 * the partner's own topic {@code referrals.partner.<partnerId>.v1}, keyed by the referral
 * id (per-referral order), with CloudEvents headers and nothing else. The data is the
 * record as JSON.
 * <p>
 * The consent gate at publish time (DOMAIN.md §6): Modulith evaluates the selection when
 * the event is published (a publication is stored only if it passes) and again each time
 * it is about to be sent, re-sends included. A {@link ReferralRequested} whose consent no
 * longer permits the disclosure (revoked or expired meanwhile, for example while the
 * broker was down) is then not sent, and its publication is completed as if delivered, so
 * it is never tried again. A {@link ReferralCancelled} is not gated: its consent is
 * revoked by definition, and it carries no personal data.
 * <p>
 * The event class names are stored with each outstanding publication: renaming or moving
 * the records needs a migration of {@code event_publication.event_type}.
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

	private static final Logger logger = LoggerFactory.getLogger(ReferralEvents.class);

	// Providers: Modulith builds its listener factory, and so this configuration, before
	// the application's beans can
	// be; the gate and the directory are looked up when an event is judged.
	@Bean
	EventExternalizationConfiguration eventExternalization(ObjectProvider<ConsentGate> gate,
			ObjectProvider<ProgramDirectory> programs, ObjectProvider<Referrals> referrals,
			ObjectProvider<Clock> clock) {
		return EventExternalizationConfiguration.externalizing()
			.select(event -> event instanceof ReferralCancelled
					|| (event instanceof ReferralRequested requested && consentPermits(requested, gate.getObject(),
							programs.getObject(), referrals.getObject(), clock.getObject())))
			.route(ReferralRequested.class, event -> target(event.partnerId(), event.referralId()))
			.route(ReferralCancelled.class, event -> target(event.partnerId(), event.referralId()))
			.headers(ReferralRequested.class,
					event -> CloudEventHeaders.of(event.eventId().toString(), SOURCE, ReferralRequested.TYPE,
							event.requestedAt(), REQUESTED_SCHEMA))
			.headers(ReferralCancelled.class,
					event -> CloudEventHeaders.of(event.eventId().toString(), SOURCE, ReferralCancelled.TYPE,
							event.cancelledAt(), CANCELLED_SCHEMA))
			.build();
	}

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

	private static RoutingTarget target(String partnerId, UUID referralId) {
		return RoutingTarget.forTarget(topic(partnerId)).andKey(referralId.toString());
	}

	/**
	 * Whether the stored consent still allows this disclosure now: active (not revoked,
	 * not expired), naming the program behind the event's partner id, covering the
	 * purpose and every element the event carries.
	 */
	static boolean consentPermits(ReferralRequested event, ConsentGate gate, ProgramDirectory programs,
			Referrals referrals, Clock clock) {
		Optional<ProgramDirectory.Listing> program = programs.findByPartnerId(event.partnerId());
		boolean permitted = program.isPresent() && gate.permitsDisclosure(UUID.fromString(event.consent().reference()),
				program.get().id(), event.disclosedElements(), clock.instant());
		if (!permitted) {
			referrals.markWithheld(event.eventId(), clock.instant());
			// Ids only: they are opaque, and say nothing about the person.
			logger.info("Withheld event {} of referral {}: the consent no longer permits the disclosure",
					event.eventId(), event.referralId());
		}
		return permitted;
	}

}
