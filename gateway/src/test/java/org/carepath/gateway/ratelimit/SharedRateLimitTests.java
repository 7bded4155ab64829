package org.carepath.gateway.ratelimit;

import org.carepath.gateway.test.Browser;
import org.carepath.gateway.test.GatewayInstance;
import org.carepath.gateway.test.GatewayIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway instances, one Redis: an address's anonymous budget is the same whichever
 * instance its requests reach. Each test uses its own loopback address, so its budget is
 * its own.
 */
class SharedRateLimitTests {

	private static GatewayInstance first;

	private static GatewayInstance second;

	@BeforeAll
	static void startTwoInstances() {
		// Budgets that do not refill during a test: 4 sign-in requests and 3 submissions
		// an
		// hour; 127.0.0.9 gets ten times that.
		String[] limits = { "--carepath.gateway.rate-limit.sign-in.requests=4",
				"--carepath.gateway.rate-limit.sign-in.period=1h",
				"--carepath.gateway.rate-limit.submissions.requests=3",
				"--carepath.gateway.rate-limit.submissions.period=1h",
				"--carepath.gateway.rate-limit.raised-addresses=127.0.0.9",
				"--carepath.gateway.rate-limit.raised-factor=10" };
		first = GatewayInstance.start(limits);
		second = GatewayInstance.start(limits);
	}

	@AfterAll
	static void stopInstances() {
		first.close();
		second.close();
	}

	@Test
	void anAddressHasOneSignInBudgetAcrossBothInstances() {
		WebTestClient one = GatewayIntegrationTest.serverClientFrom("127.0.0.3", first.port());
		WebTestClient two = GatewayIntegrationTest.serverClientFrom("127.0.0.3", second.port());
		for (WebTestClient client : new WebTestClient[] { one, two, one, two }) {
			assertThat(signInStart(client).getStatus().value()).isEqualTo(302);
		}

		EntityExchangeResult<String> refusedHere = signInStart(one);
		EntityExchangeResult<String> refusedThere = signInStart(two);

		for (EntityExchangeResult<String> refused : java.util.List.of(refusedHere, refusedThere)) {
			assertThat(refused.getStatus().value()).isEqualTo(429);
			assertThat(Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
			assertThat(refused.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
			assertThat(refused.getResponseBody()).contains("Too many requests").contains("988");
		}
	}

	@Test
	void anotherAddressKeepsItsOwnBudget() {
		WebTestClient flooding = GatewayIntegrationTest.serverClientFrom("127.0.0.4", first.port());
		for (int i = 0; i < 6; i++) {
			signInStart(flooding);
		}
		assertThat(signInStart(flooding).getStatus().value()).isEqualTo(429);

		WebTestClient someoneElse = GatewayIntegrationTest.serverClientFrom("127.0.0.5", second.port());
		assertThat(signInStart(someoneElse).getStatus().value()).isEqualTo(302);
	}

	@Test
	void anonymousSubmissionsAreLimitedWithAProblemAndRetryAfterAndAPageForPages() {
		GatewayIntegrationTest.INTAKE.reset();
		WebTestClient one = GatewayIntegrationTest.serverClientFrom("127.0.0.6", first.port());
		WebTestClient two = GatewayIntegrationTest.serverClientFrom("127.0.0.6", second.port());
		assertThat(submit(one).getStatus().value()).isEqualTo(200);
		assertThat(submit(two).getStatus().value()).isEqualTo(200);
		assertThat(submit(one).getStatus().value()).isEqualTo(200);

		EntityExchangeResult<String> refused = submit(two);

		assertThat(refused.getStatus().value()).isEqualTo(429);
		assertThat(refused.getResponseHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(refused.getResponseBody()).contains("rate-limited");
		assertThat(Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
		assertThat(GatewayIntegrationTest.INTAKE.requestsReceived()).isEqualTo(3);

		// The self-check form of the portal counts against the same budget.
		EntityExchangeResult<String> page = one.post()
			.uri("/check/contact")
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("phone=x")
			.exchange()
			.expectBody(String.class)
			.returnResult();
		assertThat(page.getStatus().value()).isEqualTo(429);
		assertThat(page.getResponseBody()).contains("Too many requests");
	}

	@Test
	void anUncheckedAuthorizationHeaderDoesNotMakeARequestSignedIn() {
		WebTestClient client = GatewayIntegrationTest.serverClientFrom("127.0.0.7", first.port());
		int[] statuses = new int[4];
		for (int i = 0; i < statuses.length; i++) {
			statuses[i] = client.post()
				.uri("/api/intake/screenings")
				.header(HttpHeaders.AUTHORIZATION, "Bearer made-up")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{}")
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getStatus()
				.value();
		}
		assertThat(statuses).containsExactly(200, 200, 200, 429);
	}

	@Test
	void aSignedInPersonIsNotLimited() {
		// The browser signs in from 127.0.0.1 with three sign-in requests of its four
		// (other tests in this JVM may have used that address's budget: a fresh one).
		first.context()
			.getBean(ReactiveStringRedisTemplate.class)
			.delete("request_rate_limiter.{carepath-anonymous-sign_in.127.0.0.1}.tokens",
					"request_rate_limiter.{carepath-anonymous-sign_in.127.0.0.1}.timestamp")
			.block();
		Browser browser = first.browser();
		browser.signInFrom("/staff/queue");
		for (int i = 0; i < 6; i++) {
			assertThat(
					browser.on(i % 2 == 0 ? first.port() : second.port()).getPage("/staff/queue").getStatus().value())
				.isEqualTo(200);
		}
	}

	@Test
	void aRaisedAddressHasALargerBudget() {
		WebTestClient loadGenerator = GatewayIntegrationTest.serverClientFrom("127.0.0.9", first.port());
		for (int i = 0; i < 12; i++) {
			assertThat(signInStart(loadGenerator).getStatus().value()).isEqualTo(302);
		}
	}

	private static EntityExchangeResult<String> signInStart(WebTestClient client) {
		return client.get()
			.uri("/oauth2/authorization/keycloak")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	private static EntityExchangeResult<String> submit(WebTestClient client) {
		return client.post()
			.uri("/api/intake/screenings")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

}
