package org.carepath.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.carepath.support.audit.AuditLog;
import org.carepath.referral.consent.ConsentGate;
import org.carepath.referral.consent.ConsentViolation;
import org.carepath.referral.consent.Consents;
import org.carepath.referral.consent.DisclosureElements;
import org.carepath.referral.consent.StoredConsent;
import org.carepath.referral.program.ProgramDirectory;
import org.carepath.referral.suggestion.ReferralSuggestions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.carepath.support.problem.Problems.fieldError;

import static org.carepath.support.text.Text.blankToNull;

/**
 * Makes a referral only through the consent gate, and records everything that follows in
 * the same transaction as the change: consent, referral, status history, disclosure log,
 * audit record and the domain event (which the outbox turns into the partner's Kafka
 * record). When anything is refused, nothing is stored and nothing published.
 */
@Service
class ReferralService {

	/** The zone whose date changes first (Line Islands, UTC+14). */
	private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

	/** The closed set of reasons a partner is told (never free text). */
	static final Set<String> REASON_CATEGORIES = Set.of("substance-use", "alcohol-use", "co-occurring-mental-health",
			"youth-substance-use");

	static final Set<String> INSTRUMENTS = Set.of("dast-10", "audit-c", "audit", "phq-9", "gad-7", "crafft-2.1");

	static final Set<String> CONTACT_CHANNELS = Set.of("phone", "email");

	private final ProgramDirectory programs;

	private final Consents consents;

	private final ConsentGate gate;

	private final Referrals referrals;

	private final ReferralSuggestions suggestions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	/** Who discloses (§2.31 element 2): every consent must name this clinic. */
	private final String clinicName;

	ReferralService(ProgramDirectory programs, Consents consents, ConsentGate gate, Referrals referrals,
			ReferralSuggestions suggestions, AuditLog audit, ApplicationEventPublisher events, JsonMapper json,
			Clock clock, @Value("${carepath.clinic.name}") String clinicName) {
		this.programs = programs;
		this.consents = consents;
		this.gate = gate;
		this.referrals = referrals;
		this.suggestions = suggestions;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.clock = clock;
		this.clinicName = clinicName;
	}

	@Transactional
	UUID request(ReferralRequest request, String clinician) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		List<Map<String, String>> errors = new ArrayList<>();
		Optional<ProgramDirectory.Listing> program = checkReferral(request, today, errors);
		List<String> elements = elementsSent(request);
		ReferralRequest.Patient patient = request.patient();
		List<ConsentViolation> violations = ConsentGate.check(
				request.consent(), new ConsentGate.Intent(this.clinicName, (patient != null) ? patient.name() : null,
						request.programId(), program.map(ProgramDirectory.Listing::name).orElse(null), elements),
				today);
		if (!errors.isEmpty() || !violations.isEmpty() || program.isEmpty()) {
			throw ReferralProblems.invalid(errors, violations);
		}
		ProgramDirectory.Listing recipient = program.get();
		StoredConsent consent = this.consents.store(request.consent(), clinician, now);
		UUID referralId = UUID.randomUUID();
		ReferralRequest.Level level = request.levelOfCare();
		List<ReferralRequested.Score> scores = request.sharesScores() ? scores(request.scores()) : null;
		ReferralRecord referral = new ReferralRecord(referralId, request.screeningId(),
				blankToNull(request.screeningReference()), recipient.id(), level.edition(), level.code(),
				request.reasonCategory(), patient.name().strip(), patient.dateOfBirth(), blankToNull(patient.phone()),
				blankToNull(patient.email()), patient.preferredContact(), request.sharesContact(),
				request.sharesScores(), this.json.writeValueAsString((scores != null) ? scores : List.of()),
				consent.id(), ReferralStatus.REQUESTED, clinician, now, now);
		this.referrals.insert(referral);
		this.referrals.recordStatus(referralId, ReferralStatus.REQUESTED, null, clinician, "clinic", now, null, null);
		ReferralRequested event = new ReferralRequested(UUID.randomUUID(), referralId, recipient.partnerId(),
				new ReferralRequested.Level(
						level.edition(), level.code(), ProgramDirectory.levelName(level.edition(), level.code())),
				request.reasonCategory(),
				request.sharesContact() ? new ReferralRequested.Contact(referral.patientName(), referral.patientPhone(),
						referral.patientEmail(), referral.preferredContact()) : null,
				scores, new ReferralRequested.ConsentReference(consent.id().toString(), consent.version(),
						consent.expiresOn(), consent.expiryEvent()),
				ReferralRequested.NOTICE, now);
		// Belt and braces: the stored consent must allow exactly what the event carries.
		List<String> refused = this.gate.decide(consent.id(), recipient.id(), event.disclosedElements(), now);
		if (!refused.isEmpty()) {
			throw new IllegalStateException("Consent gate refused a consent it had just accepted: " + refused);
		}
		this.referrals.recordDisclosure(referralId,
				new DisclosureRecord(UUID.randomUUID(), now,
						new DisclosureRecord.Recipient(recipient.id(), recipient.partnerId(), recipient.name()),
						List.copyOf(event.disclosedElements()), describe(event.disclosedElements()), consent.purpose(),
						new DisclosureRecord.ConsentRef(consent.id(), consent.version()), clinician, event.eventId(),
						ReferralRequested.TYPE, null),
				this.json.writeValueAsString(event));
		this.suggestions.referred(request.screeningId(), referralId, clinician);
		this.audit.record(clinician, "referral.created", referralId, "referral requested with consent");
		this.events.publishEvent(event);
		return referralId;
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
			.orElseThrow(ReferralProblems::notFound);
		if (request.status() == null || request.status().isBlank()) {
			throw ReferralProblems.invalid(List.of(fieldError("status", "required")), List.of());
		}
		ReferralStatus to = ReferralStatus.of(request.status())
			.filter(status -> status != ReferralStatus.REQUESTED && status != ReferralStatus.CANCELLED)
			.orElseThrow(() -> ReferralProblems.invalid(
					List.of(fieldError("status", "must be accepted, rejected, in-progress or completed")), List.of()));
		if (!referral.status().partnerTransitions().contains(to)) {
			throw ReferralProblems.transitionNotAllowed(referral.status(), to);
		}
		List<Map<String, String>> errors = new ArrayList<>();
		String reason = blankToNull(request.reason());
		if (to == ReferralStatus.REJECTED && reason == null) {
			errors.add(fieldError("reason", "a reason is required to reject a referral"));
		}
		if (reason != null && reason.length() > 500) {
			errors.add(fieldError("reason", "at most 500 characters"));
		}
		// The partner writes its own local date, which may already be tomorrow in the
		// clinic's zone: only a date
		// that is not yet today anywhere on earth (UTC+14) is in the future.
		if (request.date() != null && request.date().isAfter(LocalDate.now(this.clock.withZone(EARLIEST_ZONE)))) {
			errors.add(fieldError("date", "must not be in the future"));
		}
		if (!errors.isEmpty()) {
			throw ReferralProblems.invalid(errors, List.of());
		}
		Instant now = this.clock.instant();
		this.referrals.changeStatus(referral, to, partnerId, "partner", now, request.date(), reason);
		this.audit.record("partner:" + partnerId, "referral.status-changed", referralId, to.code());
		return referral.withStatus(to, now);
	}

	/**
	 * The patient revoked consent: nothing more is disclosed, the referral is cancelled
	 * and the partner told so. A referral already rejected or completed keeps its status
	 * (there is nothing to cancel, and nothing is sent).
	 */
	@Transactional
	void revoke(UUID referralId, RevokeRequest request, String clinician) {
		List<Map<String, String>> errors = new ArrayList<>();
		String reason = blankToNull(request.reason());
		if (reason == null) {
			errors.add(fieldError("reason", "required"));
		}
		else if (reason.length() > 500) {
			errors.add(fieldError("reason", "at most 500 characters"));
		}
		if (request.requestedBy() != null && !ConsentGate.SIGNER_ROLES.contains(request.requestedBy())) {
			errors.add(
					fieldError("requestedBy", "must be one of " + ConsentGate.SIGNER_ROLES.stream().sorted().toList()));
		}
		LocalDate today = LocalDate.now(this.clock);
		if (request.receivedOn() != null && request.receivedOn().isAfter(today)) {
			errors.add(fieldError("receivedOn", "must not be in the future"));
		}
		ReferralRecord referral = this.referrals.lock(referralId).orElseThrow(ReferralProblems::notFound);
		if (!errors.isEmpty()) {
			throw ReferralProblems.invalid(errors, List.of());
		}
		Instant now = this.clock.instant();
		if (!this.consents.revoke(referral.consentId(), clinician, reason, request.requestedBy(),
				(request.receivedOn() != null) ? request.receivedOn() : today, now)) {
			throw ReferralProblems.alreadyRevoked();
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
		// The notice itself is a (minimal) disclosure: the opaque id and the fact of
		// cancellation. Logged as such.
		this.referrals.recordDisclosure(referralId,
				new DisclosureRecord(UUID.randomUUID(), now,
						new DisclosureRecord.Recipient(recipient.id(), recipient.partnerId(), recipient.name()),
						List.of(DisclosureElements.CANCELLATION_NOTICE),
						"Cancellation notice: the referral id and that consent was revoked; no patient data.",
						consent.purpose(), new DisclosureRecord.ConsentRef(consent.id(), consent.version()), clinician,
						event.eventId(), ReferralCancelled.TYPE, null),
				this.json.writeValueAsString(event));
		this.events.publishEvent(event);
	}

	private Optional<ProgramDirectory.Listing> checkReferral(ReferralRequest request, LocalDate today,
			List<Map<String, String>> errors) {
		if (request.screeningId() == null) {
			errors.add(fieldError("screeningId", "required"));
		}
		if (request.screeningReference() != null && request.screeningReference().length() > 20) {
			errors.add(fieldError("screeningReference", "at most 20 characters"));
		}
		Optional<ProgramDirectory.Listing> program = Optional.empty();
		if (request.programId() == null) {
			errors.add(fieldError("programId", "required"));
		}
		else {
			program = this.programs.find(request.programId());
			if (program.isEmpty()) {
				errors.add(fieldError("programId", "no such program"));
			}
			else if (!program.get().acceptingReferrals()) {
				errors.add(fieldError("programId", "the program does not accept new referrals"));
			}
		}
		ReferralRequest.Level level = request.levelOfCare();
		if (level == null || blankToNull(level.edition()) == null || blankToNull(level.code()) == null) {
			errors.add(fieldError("levelOfCare", "the ASAM edition and level code are required"));
		}
		else if (ProgramDirectory.levelName(level.edition(), level.code()) == null) {
			errors.add(fieldError("levelOfCare", "not an ASAM level of care (edition and level code)"));
		}
		else if (program.isPresent() && !program.get().offers(level.edition(), level.code())) {
			errors.add(fieldError("levelOfCare", "the program does not offer this level of care"));
		}
		if (request.reasonCategory() == null || !REASON_CATEGORIES.contains(request.reasonCategory())) {
			errors.add(fieldError("reasonCategory", "must be one of " + REASON_CATEGORIES.stream().sorted().toList()));
		}
		checkPatient(request, today, errors);
		if (request.sharesScores()) {
			checkScores(request.scores(), errors);
		}
		return program;
	}

	private static void checkPatient(ReferralRequest request, LocalDate today, List<Map<String, String>> errors) {
		ReferralRequest.Patient patient = request.patient();
		if (patient == null) {
			errors.add(fieldError("patient", "required"));
			return;
		}
		if (blankToNull(patient.name()) == null) {
			errors.add(fieldError("patient.name", "required"));
		}
		else if (patient.name().length() > 200) {
			errors.add(fieldError("patient.name", "at most 200 characters"));
		}
		if (patient.dateOfBirth() != null && patient.dateOfBirth().isAfter(today)) {
			errors.add(fieldError("patient.dateOfBirth", "must not be in the future"));
		}
		if (patient.phone() != null && patient.phone().length() > 40) {
			errors.add(fieldError("patient.phone", "at most 40 characters"));
		}
		if (blankToNull(patient.email()) != null
				&& (patient.email().length() > 254 || !patient.email().contains("@"))) {
			errors.add(fieldError("patient.email", "must be an email address"));
		}
		String channel = patient.preferredContact();
		if (channel != null && !CONTACT_CHANNELS.contains(channel)) {
			errors.add(fieldError("patient.preferredContact", "must be phone or email"));
		}
		else if (request.sharesContact()) {
			if (channel == null) {
				errors.add(fieldError("patient.preferredContact", "required when contact details are shared"));
			}
			else if ("phone".equals(channel) && blankToNull(patient.phone()) == null) {
				errors.add(fieldError("patient.phone", "required: it is the preferred contact"));
			}
			else if ("email".equals(channel) && blankToNull(patient.email()) == null) {
				errors.add(fieldError("patient.email", "required: it is the preferred contact"));
			}
		}
	}

	private static void checkScores(@Nullable List<ReferralRequest.Score> scores, List<Map<String, String>> errors) {
		if (scores == null || scores.isEmpty()) {
			errors.add(fieldError("scores", "at least one score is required when scores are shared"));
			return;
		}
		for (int i = 0; i < scores.size(); i++) {
			ReferralRequest.Score score = scores.get(i);
			String field = "scores[" + i + "]";
			if (score == null) {
				errors.add(fieldError(field, "required"));
				continue;
			}
			if (score.instrument() == null || !INSTRUMENTS.contains(score.instrument())) {
				errors
					.add(fieldError(field + ".instrument", "must be one of " + INSTRUMENTS.stream().sorted().toList()));
			}
			if (score.score() == null || score.score() < 0 || score.score() > 40) {
				errors.add(fieldError(field + ".score", "must be a score from 0 to 40"));
			}
			if (blankToNull(score.band()) == null || score.band().length() > 40) {
				errors.add(fieldError(field + ".band", "required, at most 40 characters"));
			}
			if (score.version() != null && score.version().length() > 20) {
				errors.add(fieldError(field + ".version", "at most 20 characters"));
			}
		}
	}

	private static List<String> elementsSent(ReferralRequest request) {
		List<String> elements = new ArrayList<>(DisclosureElements.ALWAYS_SENT);
		if (request.sharesContact()) {
			elements.add(DisclosureElements.IDENTITY_AND_CONTACT);
		}
		if (request.sharesScores()) {
			elements.add(DisclosureElements.SCREENING_SCORES);
		}
		return elements;
	}

	private static List<ReferralRequested.Score> scores(@Nullable List<ReferralRequest.Score> scores) {
		return (scores != null) ? scores.stream()
			.map(score -> new ReferralRequested.Score(score.instrument(), blankToNull(score.version()), score.score(),
					score.band().strip(), score.completedAt()))
			.toList() : List.of();
	}

	static String describe(Set<String> elements) {
		List<String> parts = new ArrayList<>();
		parts.add("level of care");
		parts.add("reason category");
		if (elements.contains(DisclosureElements.IDENTITY_AND_CONTACT)) {
			parts.add("patient name and contact details");
		}
		if (elements.contains(DisclosureElements.SCREENING_SCORES)) {
			parts.add("screening scores");
		}
		return "Treatment referral: " + String.join(", ", parts)
				+ "; with the 42 CFR part 2 notice and the consent reference.";
	}

	record StatusRequest(@Nullable String status, @Nullable String reason, @Nullable LocalDate date) {
	}

	record RevokeRequest(@Nullable String reason, @Nullable String requestedBy, @Nullable LocalDate receivedOn) {
	}

}
