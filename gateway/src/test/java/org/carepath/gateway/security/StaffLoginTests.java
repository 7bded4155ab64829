package org.carepath.gateway.security;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.carepath.gateway.test.Browser;
import org.carepath.gateway.test.GatewayIntegrationTest;
import org.carepath.gateway.test.StubKeycloak;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

class StaffLoginTests extends GatewayIntegrationTest {

	@Test
	void anAnonymousStaffPageSendsTheBrowserToKeycloakLogin() {
		this.client.get()
			.uri("/staff/queue")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/oauth2/authorization/keycloak");
		assertThat(PORTAL.receivedNothing()).isTrue();
	}

	@Test
	void aPatientsOwnPageSendsAnAnonymousBrowserToKeycloakLoginToo() {
		this.client.get()
			.uri("/me/screenings")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/oauth2/authorization/keycloak");
		assertThat(PORTAL.receivedNothing()).isTrue();
	}

	@Test
	void anAnonymousApiRequestIsPassedOnAndNeverRedirected() {
		this.client.get().uri("/api/content/articles").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk();
		this.client.post()
			.uri("/api/intake/screenings")
			.header(HttpHeaders.AUTHORIZATION, "Bearer anything")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void theAuthorizationRedirectCarriesPkceS256() {
		URI authorization = this.client.get()
			.uri("/oauth2/authorization/keycloak")
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();
		Map<String, String> query = StubKeycloak.queryOf(authorization);
		assertThat(authorization.toString()).startsWith(KEYCLOAK.issuer() + "/protocol/openid-connect/auth?");
		assertThat(query).containsEntry("response_type", "code")
			.containsEntry("client_id", "carepath-gateway")
			.containsEntry("code_challenge_method", "S256")
			.containsEntry("redirect_uri", "https://carepath.test/login/oauth2/code/keycloak")
			.containsKeys("state", "nonce");
		// base64url of a SHA-256 digest
		assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
		assertThat(query.get("scope").split(" ")).containsExactlyInAnyOrder("openid", "profile", "email");
	}

	@Test
	void signingInSendsTheVerifierAndLandsBackOnThePageThatAsked() {
		URI landing = browser().signInFrom("/staff/queue?filter=crisis");
		assertThat(landing.toString()).endsWith("/staff/queue?filter=crisis");
		Map<String, String> tokenRequest = KEYCLOAK.tokenRequests().get(0);
		assertThat(tokenRequest).containsEntry("grant_type", "authorization_code").containsKey("code_verifier");
	}

	@Test
	void aKeycloakThatStopsAnsweringTheCodeExchangeGivesThePersonAnHonestPageNotAHang() {
		KEYCLOAK.answerTokenRequestsAfter(Duration.ofSeconds(4));
		EntityExchangeResult<String> callback = browser().signInCallbackFrom("/staff/queue");
		assertThat(callback.getStatus().value()).isEqualTo(504);
		assertThat(callback.getResponseBody()).contains("Please try again in a few minutes");
	}

	@Test
	void withoutAPageToReturnToSigningInLandsOnHome() {
		Browser browser = browser();
		browser.getPage("/");
		URI landing = browser.signInFromLoginLink();
		assertThat(landing.getPath()).isEqualTo("/");
	}

	@Test
	void theBrowserOnlyEverHoldsAnHttpOnlyLaxSessionCookieNeverAToken() {
		Browser browser = browser();
		browser.signInFrom("/staff/queue");
		ResponseCookie session = browser.lastSetCookie("SESSION");
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(session.getSameSite()).isEqualToIgnoringCase("Lax");
		EntityExchangeResult<String> page = browser.getPage("/staff/queue");
		assertThat(page.getStatus().value()).isEqualTo(200);
		assertThat(browser.cookies()).containsOnlyKeys("SESSION", "XSRF-TOKEN");
		assertThat(browser.cookies().values()).noneMatch(value -> value.contains("access-") || value.startsWith("eyJ"));
	}

	@Test
	void signingInGivesANewSessionId() {
		Browser browser = browser();
		browser.getPage("/staff/queue");
		String before = browser.cookie("SESSION");
		browser.signInFrom("/staff/queue");
		assertThat(browser.cookie("SESSION")).isNotNull().isNotEqualTo(before);
	}

	@Test
	void logoutEndsTheGatewaySessionAndTheKeycloakSession() {
		Browser browser = browser();
		browser.signInFrom("/staff/queue");
		browser.getPage("/");
		String csrf = browser.cookie("XSRF-TOKEN");
		EntityExchangeResult<String> logout = browser
			.send(client -> client.post().uri("/logout").header("X-XSRF-TOKEN", csrf));
		assertThat(logout.getStatus().value()).isEqualTo(302);
		URI endSession = logout.getResponseHeaders().getLocation();
		assertThat(endSession.toString()).startsWith(KEYCLOAK.endSessionEndpoint() + "?");
		assertThat(StubKeycloak.queryOf(endSession)).containsKey("id_token_hint")
			.containsEntry("post_logout_redirect_uri", "https://carepath.test/");
		assertThat(browser.cookie("SESSION")).isNull();
		assertThat(browser.send(client -> client.get().uri("/api/me")).getStatus().value()).isEqualTo(401);
	}

	@Test
	void logoutWithoutTheCsrfTokenIsRefusedAndKeepsTheSession() {
		Browser browser = browser();
		browser.signInFrom("/staff/queue");
		EntityExchangeResult<String> logout = browser.send(client -> client.post().uri("/logout"));
		assertThat(logout.getStatus().value()).isEqualTo(403);
		assertThat(browser.send(client -> client.get().uri("/api/me")).getStatus().value()).isEqualTo(200);
	}

}
