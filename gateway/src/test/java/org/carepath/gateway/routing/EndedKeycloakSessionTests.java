package org.carepath.gateway.routing;

import java.util.Map;

import org.carepath.gateway.test.Browser;
import org.carepath.gateway.test.GatewayIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The access token in the session has expired and Keycloak refuses the refresh
 * ({@code invalid_grant}), because the Keycloak session ended: the person is signed out,
 * and nothing answers 502.
 */
@ExtendWith(OutputCaptureExtension.class)
class EndedKeycloakSessionTests extends GatewayIntegrationTest {

	private static final String AUTHORIZED_CLIENTS = "org.springframework.security.oauth2.client.web.server."
			+ "WebSessionServerOAuth2AuthorizedClientRepository.AUTHORIZED_CLIENTS";

	private Browser browser;

	private String sessionId;

	@BeforeEach
	void signInThenEndTheKeycloakSession() {
		// Within the client's 60 s clock skew, so the token counts as expired at once.
		KEYCLOAK.accessTokenLifetime(30);
		this.browser = browser();
		this.browser.signInFrom("/staff/queue");
		this.sessionId = this.browser.cookie("SESSION");
		assertThat(authorizedClients(this.sessionId)).containsKey("keycloak");
		KEYCLOAK.endSessions();
		PORTAL.reset();
		INTAKE.reset();
	}

	@Test
	void aPublicPageIsRenderedForAnAnonymousVisitor() {
		EntityExchangeResult<String> page = this.browser.getPage("/learn");
		assertThat(page.getStatus().value()).isEqualTo(200);
		assertThat(page.getResponseBody()).contains("portal");
		assertThat(PORTAL.takeRequest().header("Authorization")).isNull();
		assertThat(KEYCLOAK.tokenRequests()).extracting(form -> form.get("grant_type"))
			.containsExactly("authorization_code", "refresh_token");
		assertSignedOut();
		// Signed out for good: the next page is anonymous at once, with no further
		// refresh.
		assertThat(this.browser.getPage("/learn").getStatus().value()).isEqualTo(200);
		assertThat(PORTAL.takeRequest().header("Authorization")).isNull();
		assertThat(KEYCLOAK.tokenRequests()).hasSize(2);
	}

	@Test
	void anApiCallGets401ProblemJson(CapturedOutput output) {
		EntityExchangeResult<String> answer = this.browser
			.send(client -> client.get().uri("/api/intake/x").accept(MediaType.APPLICATION_JSON));
		assertThat(answer.getStatus().value()).isEqualTo(401);
		assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		String traceId = answer.getResponseHeaders().getFirst("X-Trace-Id");
		assertThat(traceId).matches("[0-9a-f]{32}");
		assertThat(answer.getResponseBody()).contains("\"type\":\"urn:carepath:problem:unauthenticated\"")
			.contains("\"status\":401")
			.contains("\"instance\":\"/api/intake/x\"")
			.contains("\"traceId\":\"" + traceId + "\"");
		assertThat(INTAKE.receivedNothing()).isTrue();
		assertSignedOut();
		// The sign-out is logged with the trace id of the request that found it out.
		await().untilAsserted(() -> assertThat(output.getOut()
			.lines()
			.filter(line -> line.contains("Keycloak refused the session's token (invalid_grant)"))
			.filter(line -> line.contains("\"traceId\":\"" + traceId + "\""))).hasSize(1));
	}

	@Test
	void aStaffPageStartsAFreshSignIn() {
		EntityExchangeResult<String> page = this.browser.getPage("/staff");
		assertThat(page.getStatus().value()).isEqualTo(302);
		assertThat(page.getResponseHeaders().getLocation()).hasToString("/oauth2/authorization/keycloak");
		assertSignedOut();
		EntityExchangeResult<String> login = this.browser.getPage("/oauth2/authorization/keycloak");
		assertThat(login.getStatus().value()).isEqualTo(302);
		assertThat(login.getResponseHeaders().getLocation().toString()).startsWith(KEYCLOAK.issuer());
		assertThat(PORTAL.receivedNothing()).isTrue();
	}

	@Test
	void aPersonalPageStartsAFreshSignIn() {
		EntityExchangeResult<String> page = this.browser.getPage("/me/referrals");
		assertThat(page.getStatus().value()).isEqualTo(302);
		assertThat(page.getResponseHeaders().getLocation()).hasToString("/oauth2/authorization/keycloak");
		assertSignedOut();
	}

	@Test
	void signingInAgainRelaysTheNewToken() {
		this.browser.getPage("/staff/queue");
		this.browser.signInFrom("/staff/queue");
		KEYCLOAK.accessTokenLifetime(300);
		this.browser.send(client -> client.get().uri("/api/intake/queue"));
		assertThat(INTAKE.takeRequest().header("Authorization")).startsWith("Bearer access-casey-");
	}

	/**
	 * The session cookie was deleted and the session itself, with its tokens, is gone.
	 */
	private void assertSignedOut() {
		assertThat(this.browser.cookie("SESSION")).isNull();
		assertThat(authorizedClients(this.sessionId)).isEmpty();
	}

	/**
	 * The authorized clients the server-side session holds; none once it is invalidated.
	 */
	private Map<String, ?> authorizedClients(String id) {
		DefaultWebSessionManager sessions = (DefaultWebSessionManager) this.context.getBean(WebSessionManager.class);
		WebSession session = sessions.getSessionStore().retrieveSession(id).block();
		return (session != null) ? session.getAttributeOrDefault(AUTHORIZED_CLIENTS, Map.of()) : Map.of();
	}

}
