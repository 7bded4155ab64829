package org.carepath.intake.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Intake's OpenAPI document tells the truth: it introduces the API and how to get a
 * token, and a sample of real calls, one for every status the document uses, answers only
 * what the document says for that operation (status and media type). A small rate limit
 * makes the 429 reachable; every other anonymous call comes from a client address of its
 * own.
 */
@SpringBootTest(properties = "carepath.intake.rate-limit.requests=2")
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class OpenApiContractTests {

	static final String AUDIENCE = "carepath-intake";

	static final AtomicInteger clients = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestIssuer keycloak;

	OpenApiContract contract;

	@BeforeEach
	void readTheDocument() throws Exception {
		this.contract = OpenApiContract.of(this.mvc, this.json);
	}

	@Test
	void theDocumentIntroducesTheApiAndHowToGetAToken() {
		this.contract.assertIntroduces("CarePath intake API");
		JsonNode document = this.contract.document();
		assertThat(document.path("info").path("description").asString()).contains("42 CFR Part 2");
		JsonNode paths = document.path("paths");
		assertThat(paths.path("/api/intake/screenings/{id}/fhir").path("get").path("security").toString())
			.isEqualTo("[{\"bearer\":[]},{\"keycloak\":[]}]");
		assertThat(paths.path("/api/intake/instruments").path("get").has("security")).isFalse();
		assertThat(paths.path("/api/intake/screenings").path("post").path("security").toString())
			.isEqualTo("[{},{\"bearer\":[]},{\"keycloak\":[]}]");
	}

	@Test
	void everyDocumentedStatusAndMediaTypeIsWhatTheEndpointsAnswer() throws Exception {
		OpenApiContract api = this.contract;
		api.call("GET /api/intake/instruments", anonymous(get("/api/intake/instruments")), 200);
		api.call("GET /api/intake/instruments/{id}",
				anonymous(get("/api/intake/instruments/phq-9").accept("application/fhir+json")), 200);
		api.call("GET /api/intake/instruments/{id}",
				anonymous(get("/api/intake/instruments/phq-9").accept(MediaType.APPLICATION_JSON)), 200);
		api.call("GET /api/intake/instruments/{id}", anonymous(get("/api/intake/instruments/phq-99")), 404);

		String submit = "POST /api/intake/screenings";
		String key = UUID.randomUUID().toString();
		UUID screening = id(api.call(submit, anonymous(screening(gad7(0))).header("Idempotency-Key", key), 201)
			.getResponse()
			.getContentAsString());
		api.call(submit, anonymous(screening(gad7(0))).header("Idempotency-Key", key), 200);
		api.call(submit, anonymous(screening(gad7(3))).header("Idempotency-Key", key), 422);
		api.call(submit, anonymous(screening(Map.of("instrument", "gad-7"))), 400);
		api.call(submit, anonymous(post("/api/intake/screenings").contentType(MediaType.TEXT_PLAIN).content("hi")),
				415);
		Map<String, Object> byStaff = gad7(0);
		byStaff.put("mode", "staff");
		api.call(submit, anonymous(screening(byStaff)), 401);
		api.call(submit, anonymous(screening(byStaff)).header(HttpHeaders.AUTHORIZATION, bearer("pat", "patient")),
				403);
		MockHttpServletRequestBuilder[] fromOneClient = sameClient(3, () -> screening(gad7(1)));
		api.call(submit, fromOneClient[0], 201);
		api.call(submit, fromOneClient[1], 201);
		api.call(submit, fromOneClient[2], 429);

		String contact = "POST /api/intake/screenings/{id}/contact";
		api.call(contact, anonymous(contact(screening)), 201);
		api.call(contact, anonymous(contact(screening)), 409);
		api.call(contact, anonymous(contact(UUID.randomUUID())), 404);

		String fhir = "GET /api/intake/screenings/{id}/fhir";
		api.call(fhir, get("/api/intake/screenings/{id}/fhir", screening).header(HttpHeaders.AUTHORIZATION, staff()),
				200);
		api.call(fhir, get("/api/intake/screenings/{id}/fhir", screening), 401);
		api.call(fhir, get("/api/intake/screenings/{id}/fhir", screening).header(HttpHeaders.AUTHORIZATION,
				bearer("pat", "patient")), 403);
		api.call(fhir,
				get("/api/intake/screenings/{id}/fhir", UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, staff()),
				404);
		api.call(fhir, get("/api/intake/screenings/not-an-id/fhir").header(HttpHeaders.AUTHORIZATION, staff()), 400);

		UUID crisis = id(api.call(submit, anonymous(screening(phq9WithItem9("LA6569-3"))), 201)
			.getResponse()
			.getContentAsString());
		JsonNode alerts = this.json.readTree(api
			.call("GET /api/intake/alerts", get("/api/intake/alerts").header(HttpHeaders.AUTHORIZATION, staff()), 200)
			.getResponse()
			.getContentAsString());
		String alert = null;
		for (JsonNode row : alerts) {
			if (row.path("screeningId").asString().equals(crisis.toString())) {
				alert = row.path("id").asString();
			}
		}
		assertThat(alert).as("the crisis alert of the PHQ-9").isNotNull();
		String acknowledge = "POST /api/intake/alerts/{id}/acknowledge";
		api.call(acknowledge,
				post("/api/intake/alerts/{id}/acknowledge", alert).header(HttpHeaders.AUTHORIZATION, staff()), 200);
		api.call(acknowledge,
				post("/api/intake/alerts/{id}/acknowledge", alert).header(HttpHeaders.AUTHORIZATION, staff()), 409);

		api.call("GET /api/intake/my/screenings",
				get("/api/intake/my/screenings").header(HttpHeaders.AUTHORIZATION, bearer("pat", "patient")), 200);

		onCallRoster(api);

		assertThat(api.producedStatuses()).as("every status the document uses was produced by a real call")
			.containsAll(api.documentedStatuses());
	}

	/** The roster's operations, on whatever roster the shared context holds. */
	private void onCallRoster(OpenApiContract api) throws Exception {
		JsonNode roster = this.json.readTree(api
			.call("GET /api/intake/on-call", get("/api/intake/on-call").header(HttpHeaders.AUTHORIZATION, admin()), 200)
			.getResponse()
			.getContentAsString());
		for (JsonNode slot : roster.path("slots")) {
			api.call("DELETE /api/intake/on-call/slots/{id}",
					delete("/api/intake/on-call/slots/{id}", slot.path("id").asString())
						.header(HttpHeaders.AUTHORIZATION, admin()),
					204);
		}
		String slot = this.json
			.writeValueAsString(Map.of("startDay", "MONDAY", "startTime", "00:00", "endDay", "MONDAY", "endTime",
					"00:00", "primary", "oncall@carepath.test", "escalation", "escalation@carepath.test"));
		String slots = "POST /api/intake/on-call/slots";
		api.call(slots,
				post("/api/intake/on-call/slots").header(HttpHeaders.AUTHORIZATION, admin())
					.contentType(MediaType.APPLICATION_JSON)
					.content(slot),
				201);
		api.call(slots,
				post("/api/intake/on-call/slots").header(HttpHeaders.AUTHORIZATION, admin())
					.contentType(MediaType.APPLICATION_JSON)
					.content(slot),
				409);
		String exception = this.json.writeValueAsString(Map.of("start", "2099-12-24T17:00", "end", "2099-12-27T09:00",
				"primary", "oncall@carepath.test", "escalation", "escalation@carepath.test"));
		String exceptions = "POST /api/intake/on-call/exceptions";
		String id = this.json
			.readTree(api.call(exceptions,
					post("/api/intake/on-call/exceptions").header(HttpHeaders.AUTHORIZATION, admin())
						.contentType(MediaType.APPLICATION_JSON)
						.content(exception),
					201)
				.getResponse()
				.getContentAsString())
			.path("id")
			.asString();
		api.call(exceptions,
				post("/api/intake/on-call/exceptions").header(HttpHeaders.AUTHORIZATION, admin())
					.contentType(MediaType.APPLICATION_JSON)
					.content(exception),
				409);
		api.call("DELETE /api/intake/on-call/exceptions/{id}",
				delete("/api/intake/on-call/exceptions/{id}", id).header(HttpHeaders.AUTHORIZATION, admin()), 204);
		api.call("PUT /api/intake/on-call/escalation-contact",
				put("/api/intake/on-call/escalation-contact").header(HttpHeaders.AUTHORIZATION, admin())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"email\":\"escalation@carepath.test\"}"),
				200);
	}

	private String admin() {
		return "Bearer " + this.keycloak.token("admin", List.of("admin", "staff"), AUDIENCE);
	}

	private MockHttpServletRequestBuilder screening(Map<String, Object> request) {
		return post("/api/intake/screenings").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(request));
	}

	private MockHttpServletRequestBuilder contact(UUID screening) {
		return post("/api/intake/screenings/{id}/contact", screening).contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("phone", "201-555-0123", "consentToContact", true)));
	}

	/** An anonymous call from a client address of its own, so no limit is reached. */
	private static MockHttpServletRequestBuilder anonymous(MockHttpServletRequestBuilder request) {
		String address = "203.0.113." + clients.incrementAndGet();
		return request.with(call -> {
			call.setRemoteAddr(address);
			return call;
		});
	}

	/** Calls from one client address, which the rate limit counts together. */
	private static MockHttpServletRequestBuilder[] sameClient(int calls,
			Supplier<MockHttpServletRequestBuilder> request) {
		String address = "198.51.100." + clients.incrementAndGet();
		MockHttpServletRequestBuilder[] requests = new MockHttpServletRequestBuilder[calls];
		for (int i = 0; i < calls; i++) {
			requests[i] = request.get().with(call -> {
				call.setRemoteAddr(address);
				return call;
			});
		}
		return requests;
	}

	private UUID id(String body) {
		return UUID.fromString(this.json.readTree(body).path("id").asString());
	}

	private String staff() {
		return bearer("intake", "staff");
	}

	private String bearer(String username, String role) {
		return "Bearer " + this.keycloak.token(username, List.of(role), AUDIENCE);
	}

	private static Map<String, Object> gad7(int firstItemPoints) {
		String[] codes = { "LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9" };
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 7; i++) {
			answers.put(String.valueOf(i), codes[(i == 1) ? firstItemPoints : 0]);
		}
		return request("gad-7", answers);
	}

	private static Map<String, Object> phq9WithItem9(String item9) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 8; i++) {
			answers.put(String.valueOf(i), "LA6568-5");
		}
		answers.put("9", item9);
		return request("phq-9", answers);
	}

	private static Map<String, Object> request(String instrument, Map<String, Object> answers) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("instrument", instrument);
		request.put("mode", "self");
		request.put("answers", answers);
		return request;
	}

}
