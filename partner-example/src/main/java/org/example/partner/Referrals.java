package org.example.partner;

import java.time.Clock;
import java.time.LocalDate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import org.example.partner.Inbox.EventId;
import org.example.partner.PartnerApi.StatusUpdate;
import org.example.partner.PartnerProperties.Policy;

/**
 * What we do with each event. Events arrive at least once, so every step can run again:
 * storing is skipped when the event was stored before, and the answer is sent only while
 * our copy of the referral still waits for one. Logs name the referral id and what
 * happened, never what the referral says.
 */
@Service
class Referrals {

	private static final Logger log = LoggerFactory.getLogger(Referrals.class);

	private final Inbox inbox;

	private final PartnerApi api;

	private final PartnerProperties properties;

	private final Clock clock;

	private final Counter stored;

	private final Counter redelivered;

	Referrals(Inbox inbox, PartnerApi api, PartnerProperties properties, Clock clock, MeterRegistry meters) {
		this.inbox = inbox;
		this.api = api;
		this.properties = properties;
		this.clock = clock;
		// Counts only: how many referral requests were taken in, and how many arrived
		// again (at-least-once delivery) and were recognised by their event id.
		this.stored = Counter.builder("partner.referral.requests")
			.tag("outcome", "stored")
			.description("Referral requests received and stored, each once")
			.register(meters);
		this.redelivered = Counter.builder("partner.referral.requests")
			.tag("outcome", "redelivered")
			.description("Referral request events delivered again and recognised as seen before")
			.register(meters);
	}

	void requested(EventId event, ReferralRequested referral) {
		try {
			inbox.receive(event, referral);
			this.stored.increment();
			log.info("Referral {} received", referral.referralId());
		}
		catch (DuplicateKeyException seenBefore) {
			// Redelivered, or we stopped before answering: fall through, the answer may
			// still be owed.
			this.redelivered.increment();
			log.info("Referral {}: event already stored", referral.referralId());
		}
		if (properties.policy() == Policy.AUTO_ACCEPT) {
			acceptIfUnanswered(referral);
		}
	}

	void cancelled(EventId event, ReferralCancelled cancellation) {
		try {
			inbox.cancel(event, cancellation);
			log.info("Referral {} cancelled by CarePath ({}); its contact and scores are deleted",
					cancellation.referralId(), cancellation.reason());
		}
		catch (DuplicateKeyException seenBefore) {
			log.info("Referral {}: cancellation already handled", cancellation.referralId());
		}
	}

	private void acceptIfUnanswered(ReferralRequested referral) {
		if (!inbox.status(referral.referralId()).filter(Inbox.RECEIVED::equals).isPresent()) {
			return;
		}
		if (api.answer(referral.referralId(), new StatusUpdate("accepted", null, LocalDate.now(clock)))) {
			inbox.answered(referral.referralId(), "accepted");
			log.info("Referral {} accepted", referral.referralId());
		}
		else {
			// 409: we answered before but stopped before noting it, or the referral was
			// cancelled meanwhile.
			String status = api.status(referral.referralId()).orElse("conflict");
			inbox.answered(referral.referralId(), status);
			log.info("Referral {}: CarePath refused the answer, its status there is {}", referral.referralId(), status);
		}
	}

}
