package org.carepath.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.carepath.referral.consent.ConsentGate;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.messaging.Message;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The one way anything reaches a partner's topic (docs/events.md). Each partner event is
 * handed over after the commit that caused it, in a transaction of its own, and is a
 * Spring Modulith event publication: stored with the change, completed once Kafka has
 * taken the record, and — when the send fails (broker down, timeout) — marked failed and
 * handed over again by service-support's {@code OutboxResubmissionAutoConfiguration}.
 * Delivery is at least once; partners drop duplicates by the CloudEvents id.
 * <p>
 * A referral is disclosed only if the consent still allows it when it is sent (the
 * consent gate at send time, docs/part2-consent.md): revoked or expired meanwhile — for
 * example while the broker was down — it is marked withheld in the disclosure log and
 * never sent, and its publication completes. The referral stays locked from that check
 * until Kafka has the record, so a revocation cannot slip in between: it waits, and its
 * cancellation follows the request on the partner's partition. A cancellation notice
 * needs no element of the consent and is always sent.
 * <p>
 * The listener ids are stored with each outstanding publication ({@code V7} moved the
 * earlier ones here): renaming them needs a migration of
 * {@code event_publication.listener_id}, moving the event records one of
 * {@code event_type}. Off ({@code carepath.partner-events.enabled=false}) in the tests
 * that bring no broker.
 */
@Component
@ConditionalOnBooleanProperty(name = "carepath.partner-events.enabled", matchIfMissing = true)
class PartnerPublisher {

	static final String REQUESTED = "partner-publisher.referral-requested";

	static final String CANCELLED = "partner-publisher.referral-cancelled";

	/**
	 * Longer than the producer's own delivery timeout (service-support's defaults): the
	 * producer gives up first.
	 */
	private static final long SEND_TIMEOUT_SECONDS = 30;

	private static final Logger logger = LoggerFactory.getLogger(PartnerPublisher.class);

	private final Referrals referrals;

	private final ConsentGate gate;

	private final DisclosureLog log;

	private final KafkaOperations<?, ?> kafka;

	private final Clock clock;

	PartnerPublisher(Referrals referrals, ConsentGate gate, DisclosureLog log, KafkaOperations<?, ?> kafka,
			Clock clock) {
		this.referrals = referrals;
		this.gate = gate;
		this.log = log;
		this.kafka = kafka;
		this.clock = clock;
	}

	@ApplicationModuleListener(id = REQUESTED)
	void on(ReferralRequested event) {
		ReferralRecord referral = this.referrals.lock(event.referralId()).orElseThrow();
		Instant now = this.clock.instant();
		if (!event.disclosure().permittedBy(this.gate, referral.consentId(), referral.programId(), now)) {
			this.log.withheld(event.eventId(), now);
			// Ids only: they are opaque, and say nothing about the person.
			logger.info("Withheld event {} of referral {}: the consent no longer permits the disclosure",
					event.eventId(), event.referralId());
			return;
		}
		send(ReferralEvents.message(event));
	}

	@ApplicationModuleListener(id = CANCELLED)
	void on(ReferralCancelled event) {
		send(ReferralEvents.message(event));
	}

	/** Returns once Kafka has the record; throws otherwise, so the publication fails. */
	private void send(Message<?> message) {
		try {
			this.kafka.send(message).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PartnerDeliveryFailed(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new PartnerDeliveryFailed(ex);
		}
	}

	/** Kafka did not take the record; the publication is re-sent later. */
	static class PartnerDeliveryFailed extends RuntimeException {

		PartnerDeliveryFailed(Throwable cause) {
			super("Kafka did not take the partner event", cause);
		}

	}

}
