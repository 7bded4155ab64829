package org.carepath.intake.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.carepath.support.audit.AuditLog;
import org.carepath.support.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

import static org.carepath.support.text.Text.blankToNull;

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

	LateContacts(ScreeningRepository screenings, ScreeningContactRepository contacts, AuditLog audit, Clock clock) {
		this.screenings = screenings;
		this.contacts = contacts;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	ContactReceipt record(UUID id, ContactRequest request, String actor) {
		String name = blankToNull(request.name());
		String phone = blankToNull(request.phone());
		String email = blankToNull(request.email());
		List<Map<String, String>> errors = new ArrayList<>();
		checkLength(errors, "name", name, 200);
		checkLength(errors, "phone", phone, 40);
		checkLength(errors, "email", email, 254);
		if (email != null && !email.contains("@")) {
			errors.add(Problems.fieldError("email", "must be an email address"));
		}
		if (phone == null && email == null) {
			errors.add(Problems.fieldError("contact", "a phone number or an email address is needed to contact you"));
		}
		if (!Boolean.TRUE.equals(request.consentToContact())) {
			errors.add(Problems.fieldError("consentToContact", "must be true: we contact you only if you agree"));
		}
		if (!errors.isEmpty()) {
			throw WorkflowProblems.invalid(errors);
		}
		Instant now = this.clock.instant();
		Screening screening = this.screenings.findById(id)
			.filter(found -> "self".equals(found.getMode()))
			.filter(found -> found.getCompletedAt().isAfter(now.minus(WINDOW)))
			.orElseThrow(LateContacts::unknown);
		if (this.contacts.findById(id).isPresent()) {
			throw alreadyGiven();
		}
		this.contacts.saveAndFlush(new ScreeningContact(id, name, phone, email, true, now));
		this.audit.record(actor, "screening.contact-given", id, "self-check");
		return new ContactReceipt(id, screening.getReference(), now);
	}

	static ErrorResponseException alreadyGiven() {
		return Problems.exception(HttpStatus.CONFLICT, "contact-already-given", "Contact details already given",
				"Contact details were already given for this screening. To change them, please call the clinic.");
	}

	private static ErrorResponseException unknown() {
		return Problems.exception(HttpStatus.NOT_FOUND, "not-found", "Unknown screening",
				"No recent self-check has this id. Contact details can be added only within a day of the check.");
	}

	private static void checkLength(List<Map<String, String>> errors, String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			errors.add(Problems.fieldError(field, "at most " + max + " characters"));
		}
	}

}
