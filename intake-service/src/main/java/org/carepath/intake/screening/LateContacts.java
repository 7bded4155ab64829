package org.carepath.intake.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.carepath.support.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The result page's "please contact me", asked after the self-check was submitted. Only
 * the person who took it knows the screening's id, and only for a day: later, or for a
 * screening staff administered, the id is treated as unknown, so the answer never tells
 * which screenings exist. Contact details are given once and never replaced here.
 */
@Service
class LateContacts {

	static final Duration WINDOW = Duration.ofHours(24);

	private final ScreeningRepository screenings;

	private final ScreeningContactRepository contacts;

	private final AuditLog audit;

	private final Clock clock;

	private final PhoneNumbers phones;

	private final OpeningHours hours;

	LateContacts(ScreeningRepository screenings, ScreeningContactRepository contacts, AuditLog audit, Clock clock,
			PhoneNumbers phones, OpeningHours hours) {
		this.phones = phones;
		this.hours = hours;
		this.screenings = screenings;
		this.contacts = contacts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The request is valid ({@link ContactRequest}'s constraints). */
	@Transactional
	ContactReceipt record(UUID id, ContactRequest request, String actor) {
		Instant now = this.clock.instant();
		Screening screening = this.screenings.findById(id)
			.filter(found -> "self".equals(found.getMode()))
			.filter(found -> found.getCompletedAt().isAfter(now.minus(WINDOW)))
			.orElseThrow(RecentSelfCheckNotFoundException::new);
		if (this.contacts.findById(id).isPresent()) {
			throw new ContactAlreadyGivenException();
		}
		this.contacts.saveAndFlush(ScreeningContact.given(id, request, this.phones, now));
		this.audit.record(actor, "screening.contact-given", id, "self-check");
		return new ContactReceipt(id, screening.getReference(), now, this.hours.review(now));
	}

}
