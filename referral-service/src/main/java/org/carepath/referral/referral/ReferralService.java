package org.carepath.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.carepath.support.audit.AuditLog;
import org.carepath.support.idempotency.IdempotencyKeys;
import org.carepath.referral.consent.Consents;
import org.carepath.referral.consent.StoredConsent;
import org.carepath.referral.program.ProgramDirectory;
import org.carepath.referral.suggestion.ReferralSuggestions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.carepath.support.text.Text.blankToNull;

/**
 * What happens to a referral, each in one transaction with everything it causes: consent,
 * referral, status history, disclosure log, audit record, the partner event
 * ({@link PartnerPublisher} sends it after the commit) and, for every status, the
 * {@link ReferralStatusChanged} lifecycle event (externalized after the commit). A
 * referral is made only once {@link ReferralChecks} approved it; when anything is
 * refused, nothing is stored and nothing published.
 */
@Service
class ReferralService {

	private final ReferralChecks checks;

	private final ProgramDirectory programs;

	private final Consents consents;

	private final Referrals referrals;

	private final DisclosureLog disclosures;

	private final ReferralSuggestions suggestions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	ReferralService(ReferralChecks checks, ProgramDirectory programs, Consents consents, Referrals referrals,
			DisclosureLog disclosures, ReferralSuggestions suggestions, AuditLog audit,
			ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.checks = checks;
		this.programs = programs;
		this.consents = consents;
		this.referrals = referrals;
		this.disclosures = disclosures;
		this.suggestions = suggestions;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Makes the referral with its consent, or — for an Idempotency-Key seen before with
	 * the same request — answers with the referral that request made.
	 * @throws ReferralRefused with every reason it cannot be made as requested
	 * @throws IdempotencyKeyReused when the key came with another request
	 * @throws org.springframework.dao.DuplicateKeyException when a request with the same
	 * key was made at the same moment: {@link #replay} then finds its referral
	 */
	@Transactional
	Made request(ReferralRequest request, String clinician, @Nullable String idempotencyKey) {
		String requestHash = (idempotencyKey != null) ? IdempotencyKeys.hash(this.json, request) : null;
		if (idempotencyKey != null) {
			Optional<UUID> earlier = replay(idempotencyKey, requestHash);
			if (earlier.isPresent()) {
				return new Made(earlier.get(), false);
			}
		}
		ReferralChecks.Approved approved = this.checks.approve(request);
		ProgramDirectory.Listing recipient = approved.program();
		Instant now = this.clock.instant();
		StoredConsent consent = this.consents.store(request.consent(), clinician, now);
		ReferralRequest.Patient patient = request.patient();
		ReferralRequest.Level level = request.levelOfCare();
		List<ReferralRequested.Score> scores = approved.disclosure().sharesScores() ? scores(request.scores()) : null;
		ReferralRecord referral = new ReferralRecord(UUID.randomUUID(), request.screeningId(),
				blankToNull(request.screeningReference()), recipient.id(), level.edition(), level.code(),
				request.reasonCategory(), patient.name().strip(), patient.dateOfBirth(), blankToNull(patient.phone()),
				blankToNull(patient.email()), patient.preferredContact(), request.sharesContact(),
				request.sharesScores(), this.json.writeValueAsString((scores != null) ? scores : List.of()),
				consent.id(), ReferralStatus.REQUESTED, clinician, now, now);
		this.referrals.insert(referral);
		if (idempotencyKey != null) {
			this.referrals.rememberKey(idempotencyKey, requestHash, referral.id(), now);
		}
		this.referrals.recordStatus(referral.id(), ReferralStatus.REQUESTED, null, clinician, "clinic", now, null,
				null);
		ReferralRequested event = new ReferralRequested(UUID.randomUUID(), referral.id(), recipient.partnerId(),
				new ReferralRequested.Level(
						level.edition(), level.code(), ProgramDirectory.levelName(level.edition(), level.code())),
				request.reasonCategory(),
				approved.disclosure().sharesContact() ? new ReferralRequested.Contact(referral.patientName(),
						referral.patientPhone(), referral.patientEmail(), referral.preferredContact()) : null,
				scores, new ReferralRequested.ConsentReference(consent.id().toString(), consent.version(),
						consent.expiresOn(), consent.expiryEvent()),
				ReferralRequested.NOTICE, now);
		this.disclosures.requested(event, approved.disclosure(), recipient, consent, clinician);
		this.suggestions.referred(request.screeningId(), referral.id(), clinician);
		this.audit.record(clinician, "referral.created", referral.id(), "referral requested with consent");
		this.events.publishEvent(event);
		this.events.publishEvent(ReferralStatusChanged.of(referral, ReferralStatus.REQUESTED, now));
		return new Made(referral.id(), true);
	}

	/**
	 * The referral an earlier request with this key made, if the request was the same.
	 */
	@Transactional(readOnly = true)
	Optional<UUID> replay(String idempotencyKey, ReferralRequest request) {
		return replay(idempotencyKey, IdempotencyKeys.hash(this.json, request));
	}

	private Optional<UUID> replay(String idempotencyKey, String requestHash) {
		return this.referrals.findByKey(idempotencyKey).map(earlier -> {
			if (!earlier.requestHash().equals(requestHash)) {
				throw new IdempotencyKeyReused();
			}
			return earlier.referral();
		});
	}

	/** The referral, and whether this request made it (false: an earlier one did). */
	record Made(UUID id, boolean created) {
	}

	/**
	 * A partner's answer. Only the FHIR Task transitions; each change recorded with who
	 * (partner id) and when.
	 */
	@Transactional
	ReferralRecord changeStatus(UUID referralId, UUID programId, String partnerId, StatusRequest request) {
		// Only a referral disclosed to this partner (the inbox's rule); anything else
		// answers like an unknown id.
		ReferralRecord referral = this.referrals.lockDisclosedTo(referralId, programId)
			.orElseThrow(() -> new ReferralNotFound(referralId));
		// The request was validated: the status is a partner's answer.
		ReferralStatus to = ReferralStatus.answerOf(request.status()).orElseThrow();
		if (!referral.status().partnerTransitions().contains(to)) {
			throw new TransitionNotAllowed(referral.status(), to);
		}
		Instant now = this.clock.instant();
		this.referrals.changeStatus(referral, to, partnerId, "partner", now, request.date(),
				blankToNull(request.reason()));
		this.audit.record("partner:" + partnerId, "referral.status-changed", referralId, to.code());
		this.events.publishEvent(ReferralStatusChanged.of(referral, to, now));
		return referral.withStatus(to, now);
	}

	/**
	 * The patient revoked consent: nothing more is disclosed, the referral is cancelled
	 * and the partner told so. A referral already rejected or completed keeps its status
	 * (there is nothing to cancel, and nothing is sent).
	 */
	@Transactional
	void revoke(UUID referralId, RevokeRequest request, String clinician) {
		ReferralRecord referral = this.referrals.lock(referralId).orElseThrow(() -> new ReferralNotFound(referralId));
		Instant now = this.clock.instant();
		LocalDate receivedOn = (request.receivedOn() != null) ? request.receivedOn() : LocalDate.now(this.clock);
		// The request was validated: a reason is there.
		if (!this.consents.revoke(referral.consentId(), clinician, request.reason().strip(), request.requestedBy(),
				receivedOn, now)) {
			throw new ConsentAlreadyRevoked(referralId);
		}
		this.audit.record(clinician, "consent.revoked", referralId, "patient revoked consent");
		if (referral.status().isFinal()) {
			return;
		}
		this.referrals.changeStatus(referral, ReferralStatus.CANCELLED, clinician, "clinic", now, null,
				ReferralCancelled.CONSENT_REVOKED);
		ProgramDirectory.Listing recipient = this.programs.find(referral.programId()).orElseThrow();
		StoredConsent consent = this.consents.find(referral.consentId()).orElseThrow();
		ReferralCancelled event = new ReferralCancelled(UUID.randomUUID(), referralId, recipient.partnerId(),
				ReferralCancelled.CONSENT_REVOKED, now, ReferralRequested.NOTICE);
		this.disclosures.cancelled(event, recipient, consent, clinician);
		this.events.publishEvent(event);
		this.events.publishEvent(ReferralStatusChanged.of(referral, ReferralStatus.CANCELLED, now));
	}

	private static List<ReferralRequested.Score> scores(@Nullable List<ReferralRequest.Score> scores) {
		return (scores != null) ? scores.stream()
			.map(score -> new ReferralRequested.Score(score.instrument(), blankToNull(score.version()), score.score(),
					score.band().strip(), score.completedAt()))
			.toList() : List.of();
	}

}
