package org.carepath.gateway.routing;

import org.carepath.gateway.test.Browser;
import org.carepath.gateway.test.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;

class TokenRelayTests extends GatewayIntegrationTest {

	@Test
	void aPartnersBearerTokenPassesThroughUnchanged() {
		this.client.get()
			.uri("/api/referrals/partner/referrals")
			.header(HttpHeaders.AUTHORIZATION, "Bearer partner-harbor-token")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(REFERRAL.takeRequest().header("Authorization")).isEqualTo("Bearer partner-harbor-token");
	}

	@Test
	void anAnonymousRequestIsPassedOnWithoutAuthorization() {
		this.client.get().uri("/api/content/articles").exchange().expectStatus().isOk();
		assertThat(CONTENT.takeRequest().header("Authorization")).isNull();
	}

	@Test
	void aSignedInSessionsAccessTokenIsRelayed() {
		Browser browser = browser();
		browser.signInFrom("/staff/queue");
		browser.send(client -> client.get().uri("/api/intake/queue"));
		assertThat(INTAKE.takeRequest().header("Authorization")).startsWith("Bearer access-casey-");
	}

	@Test
	void theSessionTokenGoesToThePortalToo() {
		Browser browser = browser();
		browser.signInFrom("/staff/queue");
		PORTAL.reset();
		browser.getPage("/staff/queue");
		assertThat(PORTAL.takeRequest().header("Authorization")).startsWith("Bearer access-casey-");
	}

	@Test
	void anAuthorizationHeaderAlreadyPresentIsNeverReplacedBySessionToken() {
		Browser browser = browser();
		browser.signInFrom("/staff/queue");
		browser.send(client -> client.get().uri("/api/intake/queue").header(HttpHeaders.AUTHORIZATION, "Bearer own"));
		assertThat(INTAKE.takeRequest().header("Authorization")).isEqualTo("Bearer own");
	}

	@Test
	void anExpiredAccessTokenIsRefreshedBeforeItIsRelayed() {
		// Within the client's 60 s clock skew, so the token counts as expired at once.
		KEYCLOAK.accessTokenLifetime(30);
		Browser browser = browser();
		browser.signInFrom("/staff/queue");
		browser.send(client -> client.get().uri("/api/intake/queue"));
		String relayed = INTAKE.takeRequest().header("Authorization");
		assertThat(KEYCLOAK.tokenRequests()).extracting(form -> form.get("grant_type"))
			.containsExactly("authorization_code", "refresh_token");
		assertThat(KEYCLOAK.issuedAccessTokens()).hasSize(2);
		assertThat(relayed).isEqualTo("Bearer " + KEYCLOAK.issuedAccessTokens().get(1));
	}

	@Test
	void theTokenOfAMockOidcLoginIsRelayed() {
		// mockOidcLogin() stands for a session whose authorized client holds the access
		// token "access-token".
		mockServerClient().mutateWith(mockOidcLogin())
			.get()
			.uri("/api/referrals/mine")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(REFERRAL.takeRequest().header("Authorization")).isEqualTo("Bearer access-token");
	}

}
