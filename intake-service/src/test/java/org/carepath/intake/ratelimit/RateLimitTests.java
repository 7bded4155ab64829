package org.carepath.intake.ratelimit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-client limit of anonymous writes, over real HTTP so that Tomcat's RemoteIpValve
 * takes the client's address from {@code X-Forwarded-For} as it does behind the gateway
 * and the portal (both on loopback). A small limit keeps it fast; each test uses its own
 * client addresses, as the buckets live as long as the context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "carepath.intake.rate-limit.requests=3", "carepath.intake.rate-limit.period=10m" })
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class RateLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	TestIssuer keycloak;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void emptyTables() {
		this.jdbc.sql("truncate audit_event, crisis_alert, screening_contact, screening cascade").update();
	}

	@Test
	void anonymousSubmissionsOverTheLimitAreRefusedWithRetryAfterAndNothingIsStored() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(submit(gad7("self"), "198.51.100.10", null).statusCode()).isEqualTo(201);
		}
		HttpResponse<String> refused = submit(gad7("self"), "198.51.100.10", null);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive().isLessThanOrEqualTo(600));
		JsonNode problem = this.json.readTree(refused.body());
		assertThat(problem.get("type").asString()).isEqualTo("urn:carepath:problem:rate-limited");
		assertThat(problem.get("retryAfterSeconds").asLong()).isPositive();
		assertThat(count("screening")).isEqualTo(3);
		assertThat(count("audit_event")).isEqualTo(3);
	}

	@Test
	void eachClientHasItsOwnBudgetTakenFromTheRightmostUntrustedForwardedAddress() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(submit(gad7("self"), "198.51.100.20", null).statusCode()).isEqualTo(201);
		}
		// A client cannot escape its budget by prepending an address of its own choosing.
		assertThat(submit(gad7("self"), "203.0.113.99, 198.51.100.20", null).statusCode()).isEqualTo(429);
		assertThat(submit(gad7("self"), "198.51.100.21", null).statusCode()).isEqualTo(201);
		assertThat(count("screening")).isEqualTo(4);
	}

	@Test
	void staffAreNotLimited() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(submit(gad7("self"), "198.51.100.30", null).statusCode()).isEqualTo(201);
		}
		String staff = "Bearer " + this.keycloak.token("intake", List.of("staff"), "carepath-intake");
		for (int i = 0; i < 5; i++) {
			assertThat(submit(gad7("staff"), "198.51.100.30", staff).statusCode()).isEqualTo(201);
			assertThat(submit(gad7("self"), "198.51.100.30", staff).statusCode()).isEqualTo(201);
		}
		assertThat(count("screening")).isEqualTo(13);
	}

	@Test
	void theContactRequestSharesTheLimitAndStoresNothingWhenRefused() throws Exception {
		UUID id = null;
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> created = submit(gad7("self"), "198.51.100.40", null);
			assertThat(created.statusCode()).isEqualTo(201);
			id = UUID.fromString(this.json.readTree(created.body()).get("id").asString());
		}
		HttpResponse<String> refused = post("/api/intake/screenings/" + id + "/contact",
				Map.of("phone", "201-555-0123", "consentToContact", true), "198.51.100.40", null);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(count("screening_contact")).isZero();
		assertThat(post("/api/intake/screenings/" + id + "/contact",
				Map.of("phone", "201-555-0123", "consentToContact", true), "198.51.100.41", null)
			.statusCode()).isEqualTo(201);
	}

	private HttpResponse<String> submit(Map<String, Object> request, String forwardedFor,
			@Nullable String authorization) throws Exception {
		return post("/api/intake/screenings", request, forwardedFor, authorization);
	}

	private HttpResponse<String> post(String path, Map<String, Object> body, String forwardedFor,
			@Nullable String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", forwardedFor)
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private static Map<String, Object> gad7(String mode) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 7; i++) {
			answers.put(String.valueOf(i), "LA6568-5");
		}
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("instrument", "gad-7");
		request.put("mode", mode);
		request.put("answers", answers);
		return request;
	}

}
