package org.carepath.referral.suggestion;

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
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Screening events become suggestions once, and only for high-risk or crisis screenings.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class ReferralSuggestionTests {

	@Autowired
	ReferralSuggestions suggestions;

	@Autowired
	TestIssuer keycloak;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyTables() {
		this.jdbc.sql(
				"truncate audit_event, disclosure, referral_status_change, referral_suggestion, referral_idempotency_key, referral, consent")
			.update();
	}

	@Test
	void theSameEventDeliveredTwiceMakesOneSuggestion() {
		UUID event = UUID.randomUUID();
		UUID screening = UUID.randomUUID();
		Instant completed = Instant.parse("2026-03-01T10:00:00Z");
		assertThat(this.suggestions.record(event, screening, "KXM-4827", "dast-10", "substantial", true, false,
				"assessment-referral", completed))
			.isTrue();
		assertThat(this.suggestions.record(event, screening, "KXM-4827", "dast-10", "substantial", true, false,
				"assessment-referral", completed))
			.isFalse();
		assertThat(this.jdbc.sql("select count(*) from referral_suggestion").query(Long.class).single()).isOne();
	}

	@Test
	void onlyHighRiskOrCrisisScreeningsAreSuggested() {
		assertThat(this.suggestions.record(UUID.randomUUID(), UUID.randomUUID(), "AAA-1111", "dast-10", "moderate",
				true, false, "brief-intervention", null))
			.isFalse();
		assertThat(this.suggestions.record(UUID.randomUUID(), UUID.randomUUID(), "AAA-2222", "phq-9", "minimal", false,
				true, "urgent-review", null))
			.isTrue();
		assertThat(this.suggestions.record(UUID.randomUUID(), UUID.randomUUID(), "AAA-3333", "crafft-2.1", "high-risk",
				true, false, "assessment-referral", null))
			.isTrue();
		assertThat(this.suggestions.record(UUID.randomUUID(), UUID.randomUUID(), "AAA-4444", "gad-7", "moderate", true,
				false, "brief-intervention", null))
			.isFalse();
	}

	@Test
	void intakesNextStepDecidesNotTheBand() {
		assertThat(this.suggestions.record(UUID.randomUUID(), UUID.randomUUID(), "BBB-1111", "dast-10", "severe", true,
				false, "brief-intervention", null))
			.isFalse();
		assertThat(this.suggestions.record(UUID.randomUUID(), UUID.randomUUID(), "BBB-2222", "gad-7", "moderate", true,
				false, "assessment-referral", null))
			.isTrue();
	}

	@Test
	void staffSeeOpenSuggestionsCrisisFirstAndCanDismissThem() throws Exception {
		this.suggestions.record(UUID.randomUUID(), UUID.randomUUID(), "HIG-1111", "dast-10", "severe", true, false,
				"assessment-referral", null);
		this.suggestions.record(UUID.randomUUID(), UUID.randomUUID(), "CRI-2222", "phq-9", "mild", false, true,
				"urgent-review", null);
		String staff = "Bearer " + this.keycloak.token("intake", List.of("staff"), "carepath-referral");
		String body = this.mvc.perform(get("/api/referrals/suggestions").header(HttpHeaders.AUTHORIZATION, staff))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].screeningReference", contains("CRI-2222", "HIG-1111")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = com.jayway.jsonpath.JsonPath.read(body, "$[0].id");
		this.mvc.perform(post("/api/referrals/suggestions/" + id + "/dismiss").header(HttpHeaders.AUTHORIZATION, staff))
			.andExpect(status().isNoContent());
		this.mvc.perform(post("/api/referrals/suggestions/" + id + "/dismiss").header(HttpHeaders.AUTHORIZATION, staff))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/referrals/suggestions").header(HttpHeaders.AUTHORIZATION, staff))
			.andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void aDismissalWhoseReasonHoldsANulIsABadRequestAndTheSuggestionStaysOpen() throws Exception {
		this.suggestions.record(UUID.randomUUID(), UUID.randomUUID(), "NUL-1111", "dast-10", "severe", true, false,
				"assessment-referral", null);
		String id = this.jdbc.sql("select id::text from referral_suggestion").query(String.class).single();
		String staff = "Bearer " + this.keycloak.token("intake", List.of("staff"), "carepath-referral");
		this.mvc
			.perform(post("/api/referrals/suggestions/" + id + "/dismiss").header(HttpHeaders.AUTHORIZATION, staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"seen\\u0000\"}"))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.sql("select status from referral_suggestion").query(String.class).single())
			.isEqualTo("open");
	}

}
