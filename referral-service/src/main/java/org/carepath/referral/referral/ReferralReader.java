package org.carepath.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.carepath.support.audit.AuditLog;
import org.carepath.referral.consent.ConsentGate;
import org.carepath.referral.consent.Consents;
import org.carepath.referral.consent.Disclosure;
import org.carepath.referral.consent.StoredConsent;
import org.carepath.referral.program.ProgramDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of referrals for staff and partners. Every read of health data leaves an audit
 * record.
 */
@Service
class ReferralReader {

	private final Referrals referrals;

	private final Consents consents;

	private final ConsentGate gate;

	private final ProgramDirectory programs;

	private final AuditLog audit;

	private final ReferralFhir fhir;

	private final JsonMapper json;

	private final Clock clock;

	ReferralReader(Referrals referrals, Consents consents, ConsentGate gate, ProgramDirectory programs, AuditLog audit,
			ReferralFhir fhir, JsonMapper json, Clock clock) {
		this.referrals = referrals;
		this.consents = consents;
		this.gate = gate;
		this.programs = programs;
		this.audit = audit;
		this.fhir = fhir;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	List<ReferralViews.Summary> list(@Nullable ReferralStatus status, String actor) {
		this.audit.record(actor, "referrals.listed", null, "staff list");
		return this.referrals.list(status).stream().map(this::summary).toList();
	}

	@Transactional
	ReferralViews.Details details(UUID id, String actor, String action) {
		ReferralRecord referral = this.referrals.find(id).orElseThrow(() -> new ReferralNotFound(id));
		this.audit.record(actor, action, id, "staff view");
		return details(referral);
	}

	@Transactional
	List<DisclosureRecord> disclosures(UUID id, String actor) {
		this.referrals.find(id).orElseThrow(() -> new ReferralNotFound(id));
		this.audit.record(actor, "referral.disclosures-read", id, "accounting of disclosures");
		return this.referrals.disclosures(id);
	}

	@Transactional
	String fhir(UUID id, String actor) {
		ReferralRecord referral = this.referrals.find(id).orElseThrow(() -> new ReferralNotFound(id));
		this.audit.record(actor, "referral.fhir-read", id, "FHIR export");
		StoredConsent consent = this.consents.find(referral.consentId()).orElseThrow();
		ProgramDirectory.Listing program = this.programs.find(referral.programId()).orElseThrow();
		return this.fhir.bundle(referral, consent, program, this.referrals.history(id), LocalDate.now(this.clock));
	}

	/**
	 * The referrals disclosed to this partner. Level of care and reason category only
	 * while the consent still permits showing them, exactly as for {@link #forPartner}: a
	 * cancelled referral, or one whose consent was revoked or has expired, is its id and
	 * status.
	 */
	@Transactional
	List<ReferralViews.InboxItem> inbox(UUID programId, String partnerId) {
		this.audit.record("partner:" + partnerId, "inbox.listed", null, "partner inbox");
		Instant now = this.clock.instant();
		return this.referrals.disclosedTo(programId).stream().map(referral -> {
			boolean shown = stillDisclosed(referral, now);
			return new ReferralViews.InboxItem(referral.id(), referral.status().code(), shown ? level(referral) : null,
					shown ? referral.reasonCategory() : null, referral.createdAt(), referral.updatedAt());
		}).toList();
	}

	@Transactional
	ReferralViews.PartnerReferral forPartner(UUID id, UUID programId, String partnerId) {
		// Only what was disclosed to this partner, the same rule as the inbox: anything
		// else is not found.
		ReferralRecord referral = this.referrals.findDisclosedTo(id, programId)
			.orElseThrow(() -> new ReferralNotFound(id));
		this.audit.record("partner:" + partnerId, "inbox.referral-read", id, "partner inbox");
		return partnerView(referral);
	}

	ReferralViews.PartnerReferral partnerView(ReferralRecord referral) {
		JsonNode disclosed = null;
		if (stillDisclosed(referral, this.clock.instant())) {
			disclosed = this.referrals.disclosedPayload(referral.id()).map(this.json::readTree).orElse(null);
		}
		List<ReferralViews.PartnerStatusChange> history = this.referrals.history(referral.id())
			.stream()
			.map(change -> "partner".equals(change.changedByKind())
					? new ReferralViews.PartnerStatusChange(change.status(), change.changedBy(), change.changedAt(),
							change.effectiveOn(), change.reason())
					: new ReferralViews.PartnerStatusChange(change.status(), "clinic", change.changedAt(),
							change.effectiveOn(),
							ReferralStatus.CANCELLED.code().equals(change.status()) ? ReferralCancelled.CONSENT_REVOKED
									: null))
			.toList();
		return new ReferralViews.PartnerReferral(referral.id(), referral.status().code(), disclosed, history,
				referral.createdAt(), referral.updatedAt());
	}

	/**
	 * Whether the referral's data may be shown to its partner again: not cancelled, and
	 * the consent still active for this program and everything the referral carries. A
	 * revoked or expired consent stops every disclosure.
	 */
	private boolean stillDisclosed(ReferralRecord referral, Instant now) {
		return referral.status() != ReferralStatus.CANCELLED
				&& Disclosure.of(referral.shareContact(), referral.shareScores())
					.permittedBy(this.gate, referral.consentId(), referral.programId(), now);
	}

	private ReferralViews.Summary summary(ReferralRecord referral) {
		return new ReferralViews.Summary(referral.id(), referral.screeningReference(), program(referral.programId()),
				level(referral), referral.reasonCategory(), referral.status().code(), referral.requestedBy(),
				referral.createdAt(), referral.updatedAt());
	}

	private ReferralViews.Details details(ReferralRecord referral) {
		StoredConsent consent = this.consents.find(referral.consentId()).orElseThrow();
		LocalDate today = LocalDate.now(this.clock);
		String consentStatus = consent.revoked() ? "revoked" : consent.expiredOn(today) ? "expired" : "active";
		StoredConsent.Revocation revocation = consent.revocation();
		return new ReferralViews.Details(referral.id(), referral.screeningId(), referral.screeningReference(),
				program(referral.programId()), level(referral), referral.reasonCategory(), referral.status().code(),
				new ReferralViews.Patient(referral.patientName(), referral.patientDateOfBirth(),
						referral.patientPhone(), referral.patientEmail(), referral.preferredContact()),
				new ReferralViews.Share(referral.shareContact(), referral.shareScores()),
				this.json.readTree(referral
					.scoresJson()),
				new ReferralViews.ConsentSummary(consent.id(), consent.version(), consentStatus, consent.patientName(),
						consent.discloser(), consent.informationDescription(), consent.elements(),
						consent.recipientName(), consent.purpose(), consent.expiresOn(), consent.expiryEvent(),
						consent.signedBy(), consent.signerRole(), consent.signedOn(), consent.recordedBy(),
						consent.recordedAt(),
						(revocation != null)
								? new ReferralViews.Revocation(revocation.revokedAt(), revocation.revokedBy(),
										revocation.reason(), revocation.requestedBy(), revocation.receivedOn())
								: null),
				this.referrals.history(referral.id()), referral.requestedBy(), referral.createdAt(),
				referral.updatedAt());
	}

	private ReferralViews.Program program(UUID programId) {
		ProgramDirectory.Listing program = this.programs.find(programId).orElseThrow();
		return new ReferralViews.Program(program.id(), program.partnerId(), program.name());
	}

	private static ReferralViews.Level level(ReferralRecord referral) {
		return new ReferralViews.Level(referral.asamEdition(), referral.levelCode(),
				ProgramDirectory.levelName(referral.asamEdition(), referral.levelCode()));
	}

}
