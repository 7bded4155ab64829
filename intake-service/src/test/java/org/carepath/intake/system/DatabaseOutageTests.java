package org.carepath.intake.system;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carepath.support.test.RestartablePostgres;
import org.carepath.support.test.RestartablePostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Intake through a PostgreSQL restart: a self-check submission and the staff queue get
 * service-support's 503 problem while the database is down, and work again once it is
 * back, in the same running service.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ RestartablePostgresConfiguration.class, TestIssuerConfiguration.class })
class DatabaseOutageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RestartablePostgres postgres;

	@Autowired
	TestIssuer keycloak;

	@Autowired
	JsonMapper json;

	@Test
	void submissionsAndTheQueueAreUnavailableWhileTheDatabaseIsDownAndServedAgainAfter() throws Exception {
		this.postgres.stop();
		try {
			for (RequestBuilder request : List.of(submission("outage-1"), queue())) {
				MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
				assertThat(response.getStatus()).isEqualTo(503);
				assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
				assertThat(this.json.readTree(response.getContentAsString()).get("type").asString())
					.isEqualTo("urn:carepath:problem:service-unavailable");
			}
		}
		finally {
			this.postgres.restart();
		}

		// The client retries with the same key: one screening.
		assertThat(untilServed(submission("outage-1"))).isEqualTo(201);
		assertThat(this.mvc.perform(submission("outage-1")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(untilServed(queue())).isEqualTo(200);
	}

	private int untilServed(RequestBuilder request) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
		while (status == 503 && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
			status = this.mvc.perform(request).andReturn().getResponse().getStatus();
		}
		return status;
	}

	private RequestBuilder submission(String idempotencyKey) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 7; i++) {
			answers.put(String.valueOf(i), "LA6568-5");
		}
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("instrument", "gad-7");
		request.put("mode", "self");
		request.put("answers", answers);
		request.put("respondent", Map.of("sex", "female", "ageBand", "26-34"));
		return post("/api/intake/screenings").contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", idempotencyKey)
			.content(this.json.writeValueAsString(request));
	}

	private RequestBuilder queue() {
		return get("/api/intake/screenings").header(HttpHeaders.AUTHORIZATION,
				"Bearer " + this.keycloak.token("intake", List.of("staff"), "carepath-intake"));
	}

}
