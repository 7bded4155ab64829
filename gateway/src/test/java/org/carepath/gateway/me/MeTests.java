package org.carepath.gateway.me;

import java.util.List;
import java.util.Map;

import org.carepath.gateway.test.Browser;
import org.carepath.gateway.test.GatewayIntegrationTest;
import org.carepath.gateway.test.StubKeycloak;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;

class MeTests extends GatewayIntegrationTest {

	@Test
	void anonymousCallersGet401ProblemJson() {
		this.client.get()
			.uri("/api/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carepath:problem:unauthenticated")
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.instance")
			.isEqualTo("/api/me");
	}

	@Test
	void aBrowserAskingForApiMeIsNotRedirectedToLogin() {
		this.client.get().uri("/api/me").accept(MediaType.TEXT_HTML).exchange().expectStatus().isUnauthorized();
	}

	@Test
	void aMockOidcLoginSeesItsUsernameNameAndRoles() {
		mockServerClient()
			.mutateWith(mockOidcLogin().idToken(token -> token.claim("preferred_username", "robin")
				.claim("name", "Robin Reviewer")
				.claim("realm_access", Map.of("roles", List.of("content-reviewer", "staff")))))
			.get()
			.uri("/api/me")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.username")
			.isEqualTo("robin")
			.jsonPath("$.name")
			.isEqualTo("Robin Reviewer")
			.jsonPath("$.roles")
			.isEqualTo(List.of("content-reviewer", "staff"));
	}

	@Test
	void aSignedInClinicianSeesTheRealmRolesOfTheIdToken() {
		KEYCLOAK.signInAs(new StubKeycloak.User("casey", "Casey Clinician", List.of("clinician", "staff")));
		Browser browser = browser();
		browser.signInFrom("/staff/queue");
		String me = browser.send(client -> client.get().uri("/api/me").accept(MediaType.APPLICATION_JSON))
			.getResponseBody();
		assertThat(me)
			.isEqualTo("{\"username\":\"casey\",\"name\":\"Casey Clinician\",\"roles\":[\"clinician\",\"staff\"]}");
		assertThat(PORTAL.receivedNothing()).isTrue();
	}

}
