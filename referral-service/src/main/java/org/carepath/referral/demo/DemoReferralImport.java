package org.carepath.referral.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.carepath.support.audit.AuditLog;
import org.carepath.support.demo.DemoDataRefused;
import org.carepath.support.demo.DemoImports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.carepath.support.demo.DemoData.ENABLED;

/**
 * Stores an import in one transaction: for each referral its consent (marked as demo
 * data), the referral, its disclosure-log entry and its status history — the clinic's
 * request, then the partner's answers — all dated as sent, the referral's status being
 * the last answer. No event goes to Kafka: nothing reaches a partner. Audited once, as a
 * demo import.
 */
@Service
@ConditionalOnBooleanProperty(ENABLED)
class DemoReferralImport {

	static final String ACTOR = "demo-data-import";

	/** Names the disclosure-log entries: no event was sent for them. */
	static final String EVENT_TYPE = "org.carepath.demo-data.v1";

	static final List<String> ELEMENTS = List.of("level-of-care", "reason-category");

	static final String DESCRIPTION = "Demo data (./carepath up --demo-data): the level of care and the reason for "
			+ "the referral. No person signed this consent.";

	/** What a partner may answer after each status (the FHIR Task states). */
	private static final Map<String, List<String>> ANSWERS = Map.of("requested", List.of("accepted", "rejected"),
			"accepted", List.of("in-progress"), "in-progress", List.of("completed"));

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final String clinicName;

	/** The clinic's clock: its zone says which day a consent was signed on. */
	DemoReferralImport(JdbcClient jdbc, AuditLog audit, Clock clock,
			@Value("${carepath.clinic.name}") String clinicName) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.clinicName = clinicName;
	}

	record Imported(String dataset, int referrals, int answers) {
	}

	private record Program(UUID id, String name) {
	}

	@Transactional
	Imported store(DemoReferrals request) {
		Instant now = this.clock.instant();
		DemoImports.claim(this.jdbc, request.dataset(), request.referrals().size(), now);
		int answers = 0;
		for (DemoReferrals.Referral referral : request.referrals()) {
			Program program = program(referral.partnerId()).orElseThrow(() -> new DemoDataRefused(
					"Referral " + referral.id() + ": no program of partner " + referral.partnerId() + "."));
			String status = checkAnswers(referral, now);
			UUID consent = derived(referral.id(), "consent");
			LocalDate signedOn = LocalDate.ofInstant(referral.requestedAt(), this.clock.getZone());
			this.jdbc.sql("""
					insert into consent (id, version, patient_name, discloser, information_description,
					    information_elements, recipient_program_id, recipient_name, purpose, revocation_statement,
					    expires_on, signed_by, signer_role, typed_signature, signature_method, signed_on,
					    recorded_at, recorded_by)
					values (?, 1, ?, ?, ?, ?, ?, ?, 'treatment-referral', ?, ?, ?, 'patient', ?, 'typed-e-signature', ?,
					    ?, ?)""")
				.params(consent, referral.patientName(), this.clinicName, DESCRIPTION, ELEMENTS.toArray(String[]::new),
						program.id(), program.name(), "Demo data: may be revoked like any consent.",
						Date.valueOf(signedOn.plusYears(1)), referral.patientName(), referral.patientName(),
						Date.valueOf(signedOn), Timestamp.from(referral.requestedAt()), referral.requestedBy())
				.update();
			Instant updated = referral.answers().isEmpty() ? referral.requestedAt() : referral.answers().getLast().at();
			this.jdbc.sql("""
					insert into referral (id, screening_id, screening_reference, program_id, asam_edition, level_code,
					    reason_category, patient_name, share_contact, share_scores, consent_id, status, requested_by,
					    created_at, updated_at)
					values (?, ?, ?, ?, '3', ?, ?, ?, false, false, ?, ?, ?, ?, ?)""")
				.params(referral.id(), referral.screeningId(), referral.screeningReference(), program.id(),
						referral.levelCode(), referral.reasonCategory(), referral.patientName(), consent, status,
						referral.requestedBy(), Timestamp.from(referral.requestedAt()), Timestamp.from(updated))
				.update();
			this.jdbc.sql("""
					insert into disclosure (id, referral_id, disclosed_at, recipient_program_id, recipient_partner_id,
					    recipient_name, elements, data_description, consent_description, purpose, consent_id,
					    consent_version, approved_by, event_id, event_type, payload)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'treatment-referral', ?, 1, ?, ?, ?, '{}'::jsonb)""")
				.params(derived(referral.id(), "disclosure"), referral.id(), Timestamp.from(referral.requestedAt()),
						program.id(), referral.partnerId(), program.name(), ELEMENTS.toArray(String[]::new),
						"Demo data: no event was sent.", DESCRIPTION, consent, referral.requestedBy(),
						derived(referral.id(), "event"), EVENT_TYPE)
				.update();
			change(referral, 1, "requested", null, referral.requestedBy(), "clinic", referral.requestedAt());
			String previous = "requested";
			int seq = 2;
			for (DemoReferrals.Answer answer : referral.answers()) {
				change(referral, seq++, answer.status(), previous, referral.partnerId(), "partner", answer.at());
				previous = answer.status();
				answers++;
			}
		}
		this.audit.record(ACTOR, "demo-data.imported", null, "demo dataset " + request.dataset() + ": "
				+ request.referrals().size() + " referrals dated in the past");
		return new Imported(request.dataset(), request.referrals().size(), answers);
	}

	private void change(DemoReferrals.Referral referral, int seq, String status, String previous, String by,
			String kind, Instant at) {
		this.jdbc.sql("""
				insert into referral_status_change (id, referral_id, seq, status, previous_status, changed_by,
				    changed_by_kind, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(derived(referral.id(), "status-" + seq), referral.id(), seq, status, previous, by, kind,
					Timestamp.from(at))
			.update();
	}

	/** The answers follow the Task states, in order, after the request, in the past. */
	private static String checkAnswers(DemoReferrals.Referral referral, Instant now) {
		String status = "requested";
		Instant last = referral.requestedAt();
		if (!last.isBefore(now)) {
			throw new DemoDataRefused("Referral " + referral.id() + ": requestedAt must be in the past.");
		}
		for (DemoReferrals.Answer answer : referral.answers()) {
			if (!ANSWERS.getOrDefault(status, List.of()).contains(answer.status())) {
				throw new DemoDataRefused("Referral " + referral.id() + ": a partner cannot answer " + answer.status()
						+ " after " + status + ".");
			}
			if (answer.at().isBefore(last) || answer.at().isAfter(now)) {
				throw new DemoDataRefused(
						"Referral " + referral.id() + ": answers must follow the request and each other, in the past.");
			}
			status = answer.status();
			last = answer.at();
		}
		return status;
	}

	private Optional<Program> program(String partnerId) {
		return this.jdbc.sql("select id, name from program where partner_id = ?")
			.param(partnerId)
			.query((rs, row) -> new Program(rs.getObject("id", UUID.class), rs.getString("name")))
			.optional();
	}

	/** The same ids for the same import: a repeated import collides instead of adding. */
	private static UUID derived(UUID referral, String what) {
		return UUID.nameUUIDFromBytes((referral + "/" + what).getBytes(StandardCharsets.UTF_8));
	}

}
