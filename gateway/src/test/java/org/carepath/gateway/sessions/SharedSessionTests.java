package org.carepath.gateway.sessions;

import java.time.Duration;
import java.time.Instant;

import org.carepath.gateway.test.Browser;
import org.carepath.gateway.test.GatewayInstance;
import org.carepath.gateway.test.GatewayIntegrationTest;
import org.carepath.support.test.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway instances on one Redis: a session is everybody's, and no instance's death
 * or restart ends it.
 */
class SharedSessionTests {

	private static GatewayInstance first;

	private static GatewayInstance second;

	@BeforeAll
	static void startTwoInstances() {
		TestRedis.shared().start();
		first = GatewayInstance.start();
		second = GatewayInstance.start();
	}

	@AfterAll
	static void stopInstances() {
		TestRedis.shared().start();
		if (first != null) {
			first.close();
		}
		if (second != null) {
			second.close();
		}
	}

	@BeforeEach
	void resetStubs() {
		TestRedis.shared().start();
		GatewayIntegrationTest.PORTAL.reset();
		GatewayIntegrationTest.KEYCLOAK.reset();
	}

	@Test
	void aPersonSignedInThroughOneInstanceIsSignedInOnTheOther() {
		Browser browser = first.browser();
		browser.signInFrom("/staff/queue");

		EntityExchangeResult<String> page = browser.on(second.port()).getPage("/staff/queue");

		assertThat(page.getStatus().value()).isEqualTo(200);
		assertThat(GatewayIntegrationTest.PORTAL.takeRequest().header("Authorization"))
			.startsWith("Bearer access-casey-");
	}

	@Test
	void aRestartedInstanceLosesNobodysSession() {
		GatewayInstance doomed = GatewayInstance.start();
		Browser browser = doomed.browser();
		browser.signInFrom("/staff/queue");
		doomed.close();

		try (GatewayInstance restarted = GatewayInstance.start()) {
			EntityExchangeResult<String> page = browser.on(restarted.port()).getPage("/staff/queue");

			assertThat(page.getStatus().value()).isEqualTo(200);
			assertThat(browser.on(restarted.port())
				.send(client -> client.get().uri("/api/me").accept(MediaType.APPLICATION_JSON))
				.getResponseBody()).contains("casey");
		}
	}

	@Test
	void whileRedisIsDownSignedInPagesAreAnHonest503AndAnonymousPagesStillWork() {
		Browser browser = first.browser();
		browser.signInFrom("/staff/queue");
		TestRedis.shared().stop();
		try {
			EntityExchangeResult<String> page = browser.getPage("/staff/queue");
			assertThat(page.getStatus().value()).isEqualTo(503);
			assertThat(page.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
			assertThat(page.getResponseBody()).contains("temporarily unavailable");

			EntityExchangeResult<String> api = browser
				.send(client -> client.get().uri("/api/me").accept(MediaType.APPLICATION_JSON));
			assertThat(api.getStatus().value()).isEqualTo(503);
			assertThat(api.getResponseHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.isTrue();

			EntityExchangeResult<String> signInStart = first.browser().getPage("/oauth2/authorization/keycloak");
			assertThat(signInStart.getStatus().value()).isEqualTo(503);

			// A visitor without a session needs no Redis.
			assertThat(first.browser().getPage("/").getStatus().value()).isEqualTo(200);
			assertThat(first.browser()
				.send(client -> client.get().uri("/api/content/articles").accept(MediaType.APPLICATION_JSON))
				.getStatus()
				.value()).isEqualTo(200);
		}
		finally {
			TestRedis.shared().start();
		}
		// Back by itself once Redis is (the restarted Redis kept nothing: sign in again).
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		int status = 0;
		while (status != 302 && Instant.now().isBefore(deadline)) {
			status = first.browser().getPage("/oauth2/authorization/keycloak").getStatus().value();
		}
		assertThat(status).isEqualTo(302);
		Browser again = first.browser();
		again.signInFrom("/staff/queue");
		assertThat(again.getPage("/staff/queue").getStatus().value()).isEqualTo(200);
	}

}
