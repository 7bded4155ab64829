package org.carepath.gateway;

import org.carepath.gateway.test.Browser;
import org.carepath.gateway.test.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

class ActuatorTests extends GatewayIntegrationTest {

	@Test
	void readinessAnswers200WhenUp() {
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void prometheusMetricsAreServed() {
		String metrics = this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics).contains("jvm_memory_used_bytes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/info", "/actuator/env", "/actuator/gateway/routes", "/actuator" })
	void otherActuatorEndpointsAreNeitherExposedNorPassedToThePortal(String path) {
		this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carepath:problem:not-found");
		assertThat(PORTAL.receivedNothing()).isTrue();
	}

	@Test
	void anUnexposedActuatorEndpointDoesNotExistForStaffEither() {
		Browser browser = browser();
		browser.signInFrom("/staff/queue");
		EntityExchangeResult<String> env = browser.send(client -> client.get().uri("/actuator/env"));
		assertThat(env.getStatus().value()).isEqualTo(404);
		assertThat(env.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(env.getResponseBody()).contains("urn:carepath:problem:not-found");
		assertThat(PORTAL.receivedNothing()).isTrue();
	}

}
