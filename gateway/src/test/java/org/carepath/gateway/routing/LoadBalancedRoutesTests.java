package org.carepath.gateway.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carepath.gateway.test.GatewayInstance;
import org.carepath.gateway.test.GatewayIntegrationTest;
import org.carepath.gateway.test.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * intake-service with two instances, the first one dead (its port refuses connections),
 * given the way the dev stack gives them:
 * {@code spring.cloud.discovery.client.simple.instances.intake-service[i].uri}.
 */
class LoadBalancedRoutesTests {

	private static final int REQUESTS = 8;

	private static GatewayInstance gateway;

	private static WebTestClient client;

	@BeforeAll
	static void startWithADeadAndALiveIntakeInstance() {
		gateway = GatewayInstance.start(
				"--spring.cloud.discovery.client.simple.instances.intake-service[0].uri=http://127.0.0.1:"
						+ closedPort(),
				"--spring.cloud.discovery.client.simple.instances.intake-service[1].uri="
						+ GatewayIntegrationTest.INTAKE.url());
		client = GatewayIntegrationTest.serverClient(gateway.port());
	}

	@AfterAll
	static void stop() {
		gateway.close();
	}

	@BeforeEach
	void reset() {
		GatewayIntegrationTest.INTAKE.reset();
	}

	@Test
	void idempotentRequestsAllSucceedOnTheLiveInstance() {
		for (int i = 0; i < REQUESTS; i++) {
			client.get().uri("/api/intake/instruments").exchange().expectStatus().isOk();
			client.head().uri("/api/intake/instruments").exchange().expectStatus().isOk();
		}
		assertThat(GatewayIntegrationTest.INTAKE.requestsReceived()).isEqualTo(2 * REQUESTS);
	}

	@Test
	void postsWithAnIdempotencyKeyAreRetriedOnTheLiveInstanceWithTheirBody() {
		for (int i = 0; i < REQUESTS; i++) {
			String key = UUID.randomUUID().toString();
			client.post()
				.uri("/api/intake/screenings")
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"n\":" + i + "}")
				.exchange()
				.expectStatus()
				.isOk();
			RecordedRequest received = GatewayIntegrationTest.INTAKE.takeRequest();
			assertThat(received.header("Idempotency-Key")).isEqualTo(key);
			assertThat(received.body()).isEqualTo("{\"n\":" + i + "}");
		}
		assertThat(GatewayIntegrationTest.INTAKE.receivedNothing()).isTrue();
	}

	@Test
	void postsWithoutAnIdempotencyKeyAreNeverRepeatedAndMeetTheDeadInstanceWithAnHonest503() {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			EntityExchangeResult<String> result = client.post()
				.uri("/api/intake/screenings")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{}")
				.exchange()
				.expectBody(String.class)
				.returnResult();
			statuses.add(result.getStatus().value());
			if (result.getStatus().value() == 503) {
				assertThat(result.getResponseHeaders()
					.getContentType()
					.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
				assertThat(result.getResponseBody()).contains("service-unavailable");
			}
		}
		// Round robin: every other request is given to the dead instance.
		assertThat(statuses).containsOnly(200, 503).contains(503);
		assertThat(GatewayIntegrationTest.INTAKE.requestsReceived())
			.isEqualTo((int) statuses.stream().filter(status -> status == 200).count());
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
