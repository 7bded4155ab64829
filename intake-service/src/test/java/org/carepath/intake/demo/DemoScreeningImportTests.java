package org.carepath.intake.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

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
 * The dev-only import with {@code carepath.demo-data.enabled=true}: screenings dated in
 * the past, scored by the real scorer, with their history, once per dataset.
 */
@SpringBootTest(properties = "carepath.demo-data.enabled=true")
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class DemoScreeningImportTests {

	static final String SEVERAL_DAYS = "LA6569-3";

	static final Instant COMPLETED = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyTables() {
		this.jdbc
			.sql("truncate audit_event, crisis_alert, status_change, screening_referral, screening, demo_import"
					+ " cascade")
			.update();
	}

	@Test
	void screeningsAreScoredByTheScorerAndDatedInThePast() throws Exception {
		importing(dataset("demo-a", phq9Crisis("11111111-1111-1111-1111-111111111111"))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.screenings").value(1))
			.andExpect(jsonPath("$.alerts").value(1))
			.andExpect(jsonPath("$.acknowledged").value(1))
			.andExpect(jsonPath("$.statusChanges").value(2))
			.andExpect(jsonPath("$.referrals").value(1));

		var row = this.jdbc
			.sql("select score, band, crisis, status, completed_at from screening where reference = 'DEM-0001'")
			.query()
			.singleRow();
		// nine items "several days" = 9, item 9 above "not at all": a crisis
		assertThat(row.get("score")).isEqualTo(9);
		assertThat(row.get("band")).isEqualTo("mild");
		assertThat(row.get("crisis")).isEqualTo(true);
		assertThat(row.get("status")).isEqualTo("brief-intervention-done");
		assertThat(((Timestamp) row.get("completed_at")).toInstant()).isEqualTo(COMPLETED);
		var alert = this.jdbc.sql("select status, raised_at, acknowledged_at from crisis_alert").query().singleRow();
		assertThat(alert.get("status")).isEqualTo("acknowledged");
		assertThat(((Timestamp) alert.get("raised_at")).toInstant()).isEqualTo(COMPLETED);
		assertThat(((Timestamp) alert.get("acknowledged_at")).toInstant())
			.isEqualTo(COMPLETED.plus(95, ChronoUnit.MINUTES));
		assertThat(this.jdbc.sql("select to_status from status_change order by changed_at").query(String.class).list())
			.containsExactly("in-review", "brief-intervention-done");
		assertThat(this.jdbc.sql("select status from screening_referral").query(String.class).single())
			.isEqualTo("accepted");
		assertThat(this.jdbc.sql("select action from audit_event").query(String.class).list())
			.containsExactly("demo-data.imported");
		assertThat(this.jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Integer.class)
			.single()).as("no ScreeningCompleted for old screenings").isZero();
	}

	@Test
	void aSecondImportOfTheSameDatasetIsRefusedAndAddsNothing() throws Exception {
		importing(dataset("demo-b", phq9Crisis("22222222-2222-2222-2222-222222222222")))
			.andExpect(status().isCreated());

		importing(dataset("demo-b", phq9Crisis("33333333-3333-3333-3333-333333333333")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:demo-data-already-imported"));

		assertThat(this.jdbc.sql("select count(*) from screening").query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void invalidAnswersAreRefusedAndNothingIsStored() throws Exception {
		String bad = phq9Crisis("44444444-4444-4444-4444-444444444444").replace("\"1\":\"" + SEVERAL_DAYS + "\"",
				"\"1\":\"nonsense\"");

		importing(dataset("demo-c", bad)).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		assertThat(this.jdbc.sql("select count(*) from screening").query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from demo_import").query(Integer.class).single()).isZero();
	}

	@Test
	void onlyLoopbackCallersMayImport() throws Exception {
		this.mvc.perform(post("/demo-data/screenings").with(request -> {
			request.setRemoteAddr("10.1.2.3");
			return request;
		})
			.contentType(MediaType.APPLICATION_JSON)
			.content(dataset("demo-d", phq9Crisis("55555555-5555-5555-5555-555555555555"))))
			.andExpect(status().isUnauthorized());

		assertThat(this.jdbc.sql("select count(*) from screening").query(Integer.class).single()).isZero();
	}

	private ResultActions importing(String body) throws Exception {
		return this.mvc.perform(post("/demo-data/screenings").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	static String dataset(String name, String screening) {
		return "{\"dataset\":\"" + name + "\",\"screenings\":[" + screening + "]}";
	}

	/** PHQ-9, every item "several days": 9 points and a crisis (item 9). */
	static String phq9Crisis(String id) {
		StringBuilder answers = new StringBuilder();
		for (int item = 1; item <= 9; item++) {
			answers.append(item == 1 ? "" : ",")
				.append("\"")
				.append(item)
				.append("\":\"")
				.append(SEVERAL_DAYS)
				.append("\"");
		}
		return """
				{"id":"%s","reference":"DEM-0001","instrument":"phq-9","mode":"self","answers":{%s},"sex":"female",
				 "completedAt":"%s",
				 "statusChanges":[{"to":"in-review","at":"%s","by":"intake"},
				   {"to":"brief-intervention-done","at":"%s","by":"clinician","note":"Brief intervention."}],
				 "acknowledged":{"at":"%s","by":"intake"},
				 "referrals":[{"id":"%s","status":"accepted","updatedAt":"%s"}]}""".formatted(id, answers, COMPLETED,
				COMPLETED.plus(2, ChronoUnit.HOURS), COMPLETED.plus(1, ChronoUnit.DAYS),
				COMPLETED.plus(95, ChronoUnit.MINUTES), id.replace('-', '0').substring(0, 8) + id.substring(8),
				COMPLETED.plus(3, ChronoUnit.DAYS));
	}

}
