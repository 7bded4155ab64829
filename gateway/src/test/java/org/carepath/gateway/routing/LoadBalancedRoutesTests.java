package org.carepath.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.carepath.gateway.test.DyingBackend;
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
 * intake-service with two instances, the first one dead (its port refuses connections, so
 * the health check takes it out of the rotation), and referral-service with two, the
 * first one still reported ready but dying with each request it reads (the connection
 * closes after the request was sent, as when an instance is killed between two health
 * checks), given the way the dev stack gives them:
 * {@code spring.cloud.discovery.client.simple.instances.<service>[i].uri}.
 */
class LoadBalancedRoutesTests {

	private static final int REQUESTS = 8;

	private static GatewayInstance gateway;

	private static final AtomicInteger swallowedByTheDyingInstance = new AtomicInteger();

	private static WebTestClient client;

	@BeforeAll
	static void startWithADeadAndALiveInstanceOfEach() {
		gateway = GatewayInstance.start(
				"--spring.cloud.discovery.client.simple.instances.intake-service[0].uri=http://127.0.0.1:"
						+ DyingBackend.closedPort(),
				"--spring.cloud.discovery.client.simple.instances.intake-service[1].uri="
						+ GatewayIntegrationTest.INTAKE.url(),
				"--spring.cloud.discovery.client.simple.instances.referral-service[0].uri="
						+ DyingBackend.readsThenHangsUp(swallowedByTheDyingInstance),
				"--spring.cloud.discovery.client.simple.instances.referral-service[1].uri="
						+ GatewayIntegrationTest.REFERRAL.url(),
				// A retry that lost the body would wait for it until this timeout.
				"--spring.cloud.gateway.server.webflux.httpclient.response-timeout=5s");
		client = GatewayIntegrationTest.serverClient(gateway.port());
	}

	@AfterAll
	static void stop() {
		gateway.close();
	}

	@BeforeEach
	void reset() {
		GatewayIntegrationTest.INTAKE.reset();
		GatewayIntegrationTest.REFERRAL.reset();
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
	void postsWithAnIdempotencyKeyWhoseInstanceDiesAfterReadingThemAreSentAgainWholeToTheLiveOne() {
		for (int i = 0; i < REQUESTS; i++) {
			String key = UUID.randomUUID().toString();
			String body = "{\"screeningId\":" + i + "}";
			client.post()
				.uri("/api/referrals")
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isOk();
			RecordedRequest received = GatewayIntegrationTest.REFERRAL.takeRequest();
			assertThat(received.header("Idempotency-Key")).isEqualTo(key);
			assertThat(received.body()).isEqualTo(body);
		}
		// Round robin: the dying instance read (and lost) about half of them first.
		assertThat(swallowedByTheDyingInstance.get()).isPositive();
		assertThat(GatewayIntegrationTest.REFERRAL.receivedNothing()).isTrue();
	}

	@Test
	void aDeadInstanceIsLeftOutSoEvenRequestsThatMayNotBeRepeatedReachTheLiveOne() {
		for (int i = 0; i < REQUESTS; i++) {
			client.post()
				.uri("/api/intake/screenings")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{}")
				.exchange()
				.expectStatus()
				.isOk();
		}
		assertThat(GatewayIntegrationTest.INTAKE.requestsReceived()).isEqualTo(REQUESTS);
	}

	@Test
	void postsWithoutAnIdempotencyKeyAreNeverRepeatedAndMeetADyingInstanceWithAnHonest503() {
		int swallowedBefore = swallowedByTheDyingInstance.get();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			EntityExchangeResult<String> result = client.post()
				.uri("/api/referrals")
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
		// Round robin: every other request is given to the dying instance, and none
		// again.
		assertThat(statuses).containsOnly(200, 503).contains(503);
		assertThat(GatewayIntegrationTest.REFERRAL.requestsReceived())
			.isEqualTo((int) statuses.stream().filter(status -> status == 200).count());
		assertThat(swallowedByTheDyingInstance.get() - swallowedBefore)
			.isEqualTo((int) statuses.stream().filter(status -> status == 503).count());
	}

}
