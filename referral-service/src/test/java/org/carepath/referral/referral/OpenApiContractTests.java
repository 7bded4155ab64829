package org.carepath.referral.referral;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.referral.suggestion.ReferralSuggestions;
import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.OpenApiContract;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Referral's OpenAPI document tells the truth: it introduces the API and how to get a
 * token, and a sample of real calls, one for every status the document uses, answers only
 * what the document says for that operation (status and media type).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class OpenApiContractTests {

	static final String AUDIENCE = "carepath-referral";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestIssuer keycloak;

	@Autowired
	ReferralSuggestions suggestions;

	OpenApiContract contract;

	@BeforeEach
	void readTheDocument() throws Exception {
		this.contract = OpenApiContract.of(this.mvc, this.json);
	}

	@Test
	void theDocumentIntroducesTheApiAndHowToGetAToken() {
		this.contract.assertIntroduces("CarePath referral API");
		JsonNode document = this.contract.document();
		assertThat(document.path("info").path("description").asString()).contains("/contract/asyncapi.yaml");
		document.path("paths")
			.forEach(path -> path.forEach(operation -> assertThat(operation.path("security").toString())
				.isEqualTo("[{\"bearer\":[]},{\"keycloak\":[]}]")));
	}

	@Test
	void everyDocumentedStatusAndMediaTypeIsWhatTheEndpointsAnswer() throws Exception {
		OpenApiContract api = this.contract;
		String refer = "POST /api/referrals";
		UUID id = UUID.fromString(
				this.json
					.readTree(api.call(refer, as(clinician(), referral(ReferralRequests.toHarbor(true, true))), 201)
						.getResponse()
						.getContentAsString())
					.path("id")
					.asString());
		Map<String, Object> unsigned = ReferralRequests.toHarbor(false, false);
		ReferralRequests.consent(unsigned).remove("signedOn");
		api.call(refer, as(clinician(), referral(unsigned)), 422);
		api.call(refer, as(clinician(), post("/api/referrals").contentType(MediaType.APPLICATION_JSON).content("{")),
				400);
		api.call(refer, as(clinician(), post("/api/referrals").contentType(MediaType.TEXT_PLAIN).content("hi")), 415);
		api.call(refer, referral(ReferralRequests.toHarbor(false, false)), 401);
		api.call(refer, as(staff(), referral(ReferralRequests.toHarbor(false, false))), 403);

		api.call("GET /api/referrals", as(staff(), get("/api/referrals")), 200);
		api.call("GET /api/referrals", as(staff(), get("/api/referrals").param("status", "lost")), 400);
		api.call("GET /api/referrals/{id}", as(staff(), get("/api/referrals/{id}", UUID.randomUUID())), 404);
		api.call("GET /api/referrals/{id}/fhir", as(staff(), get("/api/referrals/{id}/fhir", id)), 200);
		api.call("GET /api/referrals/{id}/fhir",
				as(staff(), get("/api/referrals/{id}/fhir", id).accept(MediaType.APPLICATION_JSON)), 200);

		String answer = "POST /api/referrals/{id}/status";
		api.call(answer, as(partner(), status(id, Map.of("status", "in-progress"))), 409);
		api.call(answer, as(partner(), status(id, Map.of("status", "rejected"))), 422);
		api.call(answer, as(partner(), status(id, Map.of("status", "accepted"))), 200);
		api.call("GET /api/referrals/inbox", as(partner(), get("/api/referrals/inbox")), 200);

		String revoke = "POST /api/referrals/{id}/consent/revoke";
		api.call(revoke, as(clinician(), revoke(id, Map.of("requestedBy", "parent"))), 422);
		api.call(revoke, as(clinician(), revoke(id, Map.of("reason", "patient request", "requestedBy", "parent"))),
				200);
		api.call(revoke, as(clinician(), revoke(id, Map.of("reason", "patient request", "requestedBy", "parent"))),
				409);

		UUID screening = UUID.randomUUID();
		this.suggestions.record(UUID.randomUUID(), screening, "QWE-1234", "dast-10", "severe", true, false,
				"assessment-referral", null);
		String suggestion = null;
		JsonNode open = this.json
			.readTree(api.call("GET /api/referrals/suggestions", as(staff(), get("/api/referrals/suggestions")), 200)
				.getResponse()
				.getContentAsString());
		for (JsonNode row : open) {
			if (row.path("screeningId").asString().equals(screening.toString())) {
				suggestion = row.path("id").asString();
			}
		}
		assertThat(suggestion).as("the suggestion for the screening").isNotNull();
		String dismiss = "POST /api/referrals/suggestions/{id}/dismiss";
		api.call(dismiss, as(staff(), post("/api/referrals/suggestions/{id}/dismiss", suggestion)), 204);
		api.call(dismiss, as(staff(), post("/api/referrals/suggestions/{id}/dismiss", suggestion)), 409);
		api.call(dismiss, as(staff(), post("/api/referrals/suggestions/{id}/dismiss", UUID.randomUUID())), 404);

		api.call("GET /api/referrals/programs", as(staff(), get("/api/referrals/programs")), 200);
		api.call("GET /api/referrals/consent-terms", as(staff(), get("/api/referrals/consent-terms")), 200);

		assertThat(api.producedStatuses()).as("every status the document uses was produced by a real call")
			.containsAll(api.documentedStatuses());
	}

	private MockHttpServletRequestBuilder referral(Map<String, Object> body) {
		return post("/api/referrals").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body));
	}

	private MockHttpServletRequestBuilder status(UUID id, Map<String, Object> body) {
		return post("/api/referrals/{id}/status", id).contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body));
	}

	private MockHttpServletRequestBuilder revoke(UUID id, Map<String, Object> body) {
		return post("/api/referrals/{id}/consent/revoke", id).contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body));
	}

	private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	private String clinician() {
		return this.keycloak.token("clinician", List.of("staff", "clinician"), AUDIENCE);
	}

	private String staff() {
		return this.keycloak.token("intake", List.of("staff"), AUDIENCE);
	}

	private String partner() {
		return this.keycloak.partnerToken("harbor", AUDIENCE);
	}

}
