package org.carepath.gateway.security;

import java.time.Duration;
import java.time.Instant;

import org.carepath.gateway.test.Browser;
import org.carepath.gateway.test.GatewayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakDownTests extends GatewayIntegrationTest {

	@AfterEach
	void keycloakBack() {
		KEYCLOAK.restart();
	}

	@Test
	void whileKeycloakIsDownSignedInPeopleCarryOnAndASignInShowsAFriendlyPageUntilItIsBack() {
		Browser signedIn = browser();
		signedIn.signInFrom("/staff/queue");
		PORTAL.reset();
		KEYCLOAK.stop();

		assertThat(signedIn.getPage("/staff/queue").getStatus().value()).isEqualTo(200);
		assertThat(PORTAL.takeRequest().header("Authorization")).startsWith("Bearer access-casey-");

		EntityExchangeResult<String> signInStart = awaitSignInStart(503);
		assertThat(signInStart.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(signInStart.getResponseBody()).contains("Signing in is temporarily unavailable").contains("988");
		assertThat(signInStart.getResponseHeaders().getLocation()).isNull();

		KEYCLOAK.restart();

		assertThat(awaitSignInStart(302).getResponseHeaders().getLocation().toString()).startsWith(KEYCLOAK.issuer());
		Browser later = browser();
		later.signInFrom("/staff/queue");
		assertThat(later.getPage("/staff/queue").getStatus().value()).isEqualTo(200);
	}

	/**
	 * The gateway remembers Keycloak's state a few seconds: waits (with a generous bound)
	 * until a sign-in start answers this status.
	 */
	private EntityExchangeResult<String> awaitSignInStart(int status) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		EntityExchangeResult<String> answer = browser().getPage("/oauth2/authorization/keycloak");
		while (answer.getStatus().value() != status && Instant.now().isBefore(deadline)) {
			sleep();
			answer = browser().getPage("/oauth2/authorization/keycloak");
		}
		assertThat(answer.getStatus().value()).isEqualTo(status);
		return answer;
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
