package org.carepath.gateway.sessions;

import java.util.Properties;

import org.carepath.gateway.test.Browser;
import org.carepath.gateway.test.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API calls with a bearer token or no credentials go without a session: no Redis command,
 * no cookie. A signed-in browser's API calls keep their session, its token and the CSRF
 * check.
 */
class SessionFreeApiTests extends GatewayIntegrationTest {

	@Autowired
	ReactiveRedisConnectionFactory redis;

	@Test
	void anAnonymousApiCallSetsNoCookieAndSendsNoCommandToRedis() {
		long before = redisCommands();
		EntityExchangeResult<String> answer = this.client.get()
			.uri("/api/content/articles/ketamine-addiction")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		assertThat(answer.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
		assertThat(redisCommands()).isEqualTo(before);
		assertThat(CONTENT.takeRequest().header("Authorization")).isNull();
	}

	@Test
	void aBearerApiCallIsRelayedUnchangedSetsNoCookieAndSendsNoCommandToRedis() {
		long before = redisCommands();
		EntityExchangeResult<String> answer = this.client.get()
			.uri("/api/referrals/programs")
			.header(HttpHeaders.AUTHORIZATION, "Bearer staff-token")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		assertThat(answer.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
		assertThat(redisCommands()).isEqualTo(before);
		assertThat(REFERRAL.takeRequest().header("Authorization")).isEqualTo("Bearer staff-token");
	}

	@Test
	void anAnonymousApiCallStillGetsTheSecurityHeaders() {
		this.client.get()
			.uri("/api/content/articles")
			.exchange()
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.exists("Content-Security-Policy")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff");
	}

	@Test
	void apiMeWithoutASessionIsStillA401Problem() {
		this.client.get()
			.uri("/api/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer staff-token")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aSignedInBrowsersApiCallStillGetsItsTokenRelayedAndCsrfChecked() {
		Browser browser = browser();
		browser.signInFrom("/staff/queue");
		browser.send(client -> client.get().uri("/api/intake/queue"));
		assertThat(INTAKE.takeRequest().header("Authorization")).startsWith("Bearer access-casey-");
		EntityExchangeResult<String> withoutToken = browser.send(client -> client.post()
			.uri("/api/intake/screenings")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}"));
		assertThat(withoutToken.getStatus().value()).isEqualTo(403);
		assertThat(INTAKE.receivedNothing()).isTrue();
	}

	@Test
	void pagesStillGetTheirCsrfCookie() {
		EntityExchangeResult<String> page = browser().getPage("/");
		assertThat(page.getResponseCookies().getFirst("XSRF-TOKEN")).isNotNull();
	}

	/** Every command Redis has run so far, except the INFO commands that ask. */
	private long redisCommands() {
		Properties stats;
		try (ReactiveRedisConnection connection = this.redis.getReactiveConnection()) {
			stats = connection.serverCommands().info("commandstats").block(CLIENT_TIMEOUT);
		}
		return stats.stringPropertyNames()
			.stream()
			.filter(name -> name.startsWith("cmdstat_") && !name.equals("cmdstat_info"))
			.mapToLong(name -> calls(stats.getProperty(name)))
			.sum();
	}

	private static long calls(String stat) {
		// calls=12,usec=…
		String calls = stat.substring(stat.indexOf("calls=") + 6);
		int comma = calls.indexOf(',');
		return Long.parseLong((comma < 0) ? calls : calls.substring(0, comma));
	}

}
