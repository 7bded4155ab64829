package org.carepath.referral.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dev-only import with {@code carepath.demo-data.enabled=true}: referrals dated in
 * the past with the partner's answers, once per dataset.
 */
@SpringBootTest(properties = "carepath.demo-data.enabled=true")
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class DemoReferralImportTests {

	static final Instant REQUESTED = Instant.now().minus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyTables() {
		this.jdbc
			.sql("truncate audit_event, disclosure, referral_status_change, referral_suggestion,"
					+ " referral_idempotency_key, referral, consent, demo_import cascade")
			.update();
	}

	@Test
	void referralsAndThePartnersAnswersAreDatedInThePast() throws Exception {
		importing(dataset("demo-a", completed("11111111-1111-1111-1111-111111111111"))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.referrals").value(1))
			.andExpect(jsonPath("$.answers").value(3));

		var referral = this.jdbc.sql("select status, created_at, updated_at from referral").query().singleRow();
		assertThat(referral.get("status")).isEqualTo("completed");
		assertThat(((Timestamp) referral.get("created_at")).toInstant()).isEqualTo(REQUESTED);
		assertThat(((Timestamp) referral.get("updated_at")).toInstant()).isEqualTo(REQUESTED.plus(30, ChronoUnit.DAYS));
		assertThat(this.jdbc.sql("select status || ':' || changed_by_kind from referral_status_change order by seq")
			.query(String.class)
			.list())
			.containsExactly("requested:clinic", "accepted:partner", "in-progress:partner", "completed:partner");
		assertThat(this.jdbc.sql("select count(*) from disclosure").query(Integer.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select action from audit_event").query(String.class).list())
			.containsExactly("demo-data.imported");
	}

	@Test
	void aSecondImportOfTheSameDatasetIsRefusedAndAddsNothing() throws Exception {
		importing(dataset("demo-b", completed("22222222-2222-2222-2222-222222222222"))).andExpect(status().isCreated());

		importing(dataset("demo-b", completed("33333333-3333-3333-3333-333333333333"))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:demo-data-already-imported"));

		assertThat(this.jdbc.sql("select count(*) from referral").query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anAnswerThePartnerCouldNotGiveIsRefusedAndNothingIsStored() throws Exception {
		String skipping = completed("44444444-4444-4444-4444-444444444444")
			.replace("{\"status\":\"accepted\",\"at\":\"" + REQUESTED.plus(1, ChronoUnit.DAYS) + "\"},", "");

		importing(dataset("demo-c", skipping)).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		for (String table : List.of("referral", "consent", "demo_import", "audit_event")) {
			assertThat(this.jdbc.sql("select count(*) from " + table).query(Integer.class).single()).as(table).isZero();
		}
	}

	@Test
	void anUnknownPartnerIsRefused() throws Exception {
		importing(dataset("demo-d", completed("55555555-5555-5555-5555-555555555555").replace("harbor", "nowhere")))
			.andExpect(status().isBadRequest());
	}

	private ResultActions importing(String body) throws Exception {
		return this.mvc.perform(post("/demo-data/referrals").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	static String dataset(String name, String referral) {
		return "{\"dataset\":\"" + name + "\",\"referrals\":[" + referral + "]}";
	}

	static String completed(String id) {
		return """
				{"id":"%s","screeningId":"%s","screeningReference":"DEM-0001","partnerId":"harbor","levelCode":"2.1",
				 "reasonCategory":"substance-use","patientName":"Demo patient DEM-0001","requestedAt":"%s",
				 "requestedBy":"clinician",
				 "answers":[{"status":"accepted","at":"%s"},{"status":"in-progress","at":"%s"},
				   {"status":"completed","at":"%s"}]}""".formatted(id, id.replace('1', '9'), REQUESTED,
				REQUESTED.plus(1, ChronoUnit.DAYS), REQUESTED.plus(3, ChronoUnit.DAYS),
				REQUESTED.plus(30, ChronoUnit.DAYS));
	}

}
