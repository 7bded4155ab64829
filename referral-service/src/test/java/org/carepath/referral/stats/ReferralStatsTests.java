package org.carepath.referral.stats;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's referral figures against referrals and status histories inserted with
 * known times on a real PostgreSQL (the two seeded programs, Harbor and Summit).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class ReferralStatsTests {

	static final UUID HARBOR = UUID.fromString("6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01");

	static final UUID SUMMIT = UUID.fromString("6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestIssuer keycloak;

	@BeforeEach
	void seed() {
		this.jdbc
			.sql("truncate referral_status_change, disclosure, audit_event, referral_suggestion, "
					+ "referral_idempotency_key, referral, consent cascade")
			.update();
		// accepted after 2 h, completed after 30 days (after the period: still counted)
		UUID r1 = referral(HARBOR, "2026-11-02T14:00:00Z");
		change(r1, 2, "accepted", "partner", hours(2));
		change(r1, 3, "in-progress", "partner", hours(24));
		change(r1, 4, "completed", "partner", hours(30 * 24));
		// rejected after 10 h
		change(referral(HARBOR, "2026-11-03T14:00:00Z"), 2, "rejected", "partner", hours(10));
		// accepted after 4 h, completed after 20 days
		UUID r3 = referral(HARBOR, "2026-11-04T14:00:00Z");
		change(r3, 2, "accepted", "partner", hours(4));
		change(r3, 3, "in-progress", "partner", hours(48));
		change(r3, 4, "completed", "partner", hours(20 * 24));
		// no answer yet
		referral(HARBOR, "2026-11-05T14:00:00Z");
		// accepted after 6 h, then the consent was revoked: still accepted
		UUID r5 = referral(HARBOR, "2026-11-06T14:00:00Z");
		change(r5, 2, "accepted", "partner", hours(6));
		change(r5, 3, "cancelled", "clinic", hours(7));
		// cancelled by the clinic before any answer: not answered
		UUID r6 = referral(SUMMIT, "2026-11-30T23:00:00Z");
		change(r6, 2, "cancelled", "clinic", hours(1));
		// made before the period (October, New York): left out
		UUID before = referral(HARBOR, "2026-11-01T03:59:00Z");
		change(before, 2, "accepted", "partner", hours(1));
	}

	@Test
	void eachProgramsAnswersAcceptanceAndDurationsFollowItsReferralsMadeInThePeriod() throws Exception {
		stats("2026-11-01", "2026-11-30").andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2026-11-01"))
			.andExpect(jsonPath("$.to").value("2026-11-30"))
			.andExpect(jsonPath("$.programs", hasSize(2)))
			.andExpect(jsonPath("$.programs[0].programId").value(HARBOR.toString()))
			.andExpect(jsonPath("$.programs[0].name").value("Harbor Youth & Family Outpatient"))
			.andExpect(jsonPath("$.programs[0].referrals").value(5))
			.andExpect(jsonPath("$.programs[0].answered").value(4))
			.andExpect(jsonPath("$.programs[0].accepted").value(3))
			.andExpect(jsonPath("$.programs[0].acceptanceRate").value(0.75))
			// 2, 4, 6, 10 hours: median 5; p90 at 2.7 of 3 → 6 + 0.7 × 4
			.andExpect(jsonPath("$.programs[0].firstAnswerMedianHours").value(5.0))
			.andExpect(jsonPath("$.programs[0].firstAnswerP90Hours").value(8.8))
			.andExpect(jsonPath("$.programs[0].completed").value(2))
			.andExpect(jsonPath("$.programs[0].completionMedianDays").value(25.0));
	}

	@Test
	void aProgramWithoutAnswersHasNoRateAndNoDurations() throws Exception {
		stats("2026-11-01", "2026-11-30").andExpect(jsonPath("$.programs[1].programId").value(SUMMIT.toString()))
			// 23:00 UTC on the 30th is 18:00 in New York: inside
			.andExpect(jsonPath("$.programs[1].referrals").value(1))
			.andExpect(jsonPath("$.programs[1].answered").value(0))
			.andExpect(jsonPath("$.programs[1].accepted").value(0))
			.andExpect(jsonPath("$.programs[1].acceptanceRate").value(nullValue()))
			.andExpect(jsonPath("$.programs[1].firstAnswerMedianHours").value(nullValue()))
			.andExpect(jsonPath("$.programs[1].firstAnswerP90Hours").value(nullValue()))
			.andExpect(jsonPath("$.programs[1].completed").value(0))
			.andExpect(jsonPath("$.programs[1].completionMedianDays").value(nullValue()));
	}

	@Test
	void everyProgramIsListedEvenWithoutReferrals() throws Exception {
		stats("2026-06-01", "2026-06-30").andExpect(jsonPath("$.programs", hasSize(2)))
			.andExpect(jsonPath("$.programs[0].referrals").value(0))
			.andExpect(jsonPath("$.programs[1].referrals").value(0));
	}

	@Test
	void aBadPeriodIsA400Problem() throws Exception {
		stats("2026-11-30", "2026-11-01").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"));
		stats("November", "2026-11-01").andExpect(status().isBadRequest());
		stats("2020-01-01", "2026-11-01").andExpect(status().isBadRequest());
	}

	@Test
	void onlyStaffMayReadTheFigures() throws Exception {
		this.mvc
			.perform(get("/api/referrals/stats").header(HttpHeaders.AUTHORIZATION,
					"Bearer " + this.keycloak.partnerToken("harbor", "carepath-referral")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/referrals/stats")).andExpect(status().isUnauthorized());
	}

	private ResultActions stats(String from, String to) throws Exception {
		return this.mvc.perform(get("/api/referrals/stats").param("from", from)
			.param("to", to)
			.header(HttpHeaders.AUTHORIZATION,
					"Bearer " + this.keycloak.token("intake", List.of("staff"), "carepath-referral")));
	}

	private UUID referral(UUID program, String createdAt) {
		UUID consent = UUID.randomUUID();
		Timestamp created = Timestamp.from(Instant.parse(createdAt));
		this.jdbc.sql("""
				insert into consent (id, patient_name, discloser, information_description, information_elements,
				    recipient_program_id, recipient_name, purpose, revocation_statement, expires_on, signed_by,
				    signer_role, typed_signature, signature_method, signed_on, recorded_at, recorded_by)
				values (?, 'Pat Doe', 'CarePath', 'Scores', '{scores}', ?, 'Program', 'treatment', 'May revoke.',
				    date '2027-12-31', 'Pat Doe', 'patient', 'Pat Doe', 'typed-e-signature', date '2026-11-01', ?,
				    'clinician')""").params(consent, program, created).update();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into referral (id, screening_id, program_id, asam_edition, level_code, reason_category,
					    patient_name, share_contact, share_scores, consent_id, status, requested_by, created_at,
					    updated_at)
					values (?, ?, ?, '3', '1', 'substance-use', 'Pat Doe', false, false, ?, 'requested', 'clinician', ?, ?)""")
			.params(id, UUID.randomUUID(), program, consent, created, created)
			.update();
		this.jdbc.sql("""
				insert into referral_status_change (id, referral_id, seq, status, changed_by, changed_by_kind,
				    changed_at)
				values (?, ?, 1, 'requested', 'clinician', 'clinic', ?)""")
			.params(UUID.randomUUID(), id, created)
			.update();
		return id;
	}

	private void change(UUID referral, int seq, String status, String kind, Duration after) {
		this.jdbc.sql("""
				insert into referral_status_change (id, referral_id, seq, status, changed_by, changed_by_kind,
				    changed_at)
				select ?, r.id, ?, ?, ?, ?, r.created_at + ? * interval '1 second' from referral r where r.id = ?""")
			.params(UUID.randomUUID(), seq, status, kind.equals("partner") ? "harbor" : "clinician", kind,
					after.toSeconds(), referral)
			.update();
	}

	private static Duration hours(long hours) {
		return Duration.ofHours(hours);
	}

}
