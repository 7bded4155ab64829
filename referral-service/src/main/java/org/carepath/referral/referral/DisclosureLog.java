package org.carepath.referral.referral;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.carepath.referral.consent.Disclosure;
import org.carepath.referral.consent.StoredConsent;
import org.carepath.referral.program.ProgramDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounting of disclosures (docs/part2-consent.md): every event meant for a partner
 * is logged with the change that causes it — what, to whom, on which consent, approved by
 * whom, and the payload as sent — and marked withheld if the consent gate stops it at
 * send time.
 */
@Component
class DisclosureLog {

	private final Referrals referrals;

	private final JsonMapper json;

	DisclosureLog(Referrals referrals, JsonMapper json) {
		this.referrals = referrals;
		this.json = json;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void requested(ReferralRequested event, Disclosure disclosure, ProgramDirectory.Listing recipient,
			StoredConsent consent, String approvedBy) {
		record(event.referralId(), disclosure, recipient, consent, approvedBy, event.eventId(), ReferralRequested.TYPE,
				event.requestedAt(), event);
	}

	/**
	 * The cancellation notice is itself a (minimal) disclosure: the opaque id and the
	 * fact of cancellation.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void cancelled(ReferralCancelled event, ProgramDirectory.Listing recipient, StoredConsent consent,
			String approvedBy) {
		record(event.referralId(), Disclosure.cancellationNotice(), recipient, consent, approvedBy, event.eventId(),
				ReferralCancelled.TYPE, event.cancelledAt(), event);
	}

	/** The consent gate stopped the event at send time: it was never disclosed. */
	@Transactional(propagation = Propagation.MANDATORY)
	void withheld(UUID eventId, Instant at) {
		this.referrals.markWithheld(eventId, at);
	}

	private void record(UUID referralId, Disclosure disclosure, ProgramDirectory.Listing recipient,
			StoredConsent consent, String approvedBy, UUID eventId, String eventType, Instant at, Object event) {
		this.referrals.recordDisclosure(referralId, new DisclosureRecord(UUID.randomUUID(), at,
				new DisclosureRecord.Recipient(recipient.id(), recipient.partnerId(), recipient.name()),
				disclosure.loggedElements(), disclosure.accountingDescription(), consent.informationDescription(),
				consent.purpose(), new DisclosureRecord.ConsentRef(consent.id(), consent.version()), approvedBy,
				eventId, eventType, null), this.json.writeValueAsString(event));
	}

}
