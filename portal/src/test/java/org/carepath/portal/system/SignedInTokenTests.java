package org.carepath.portal.system;

import java.util.List;

import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Real signed tokens through the real validation (signature, issuer, expiry, audience),
 * as the gateway relays them.
 */
class SignedInTokenTests extends PageTestSupport {

	@Test
	void aValidTokenForThePortalShowsWhoIsSignedInOnEveryPage() throws Exception {
		String token = keycloak
			.token(keycloak.builder("clinician", List.of("staff", "clinician"), "carepath-portal", "carepath-referral")
				.claim("name", "Clara Clinician")
				.build());

		for (String path : List.of("/", "/staff")) {
			String html = this.mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "))
				.contains("Signed in as Clara Clinician (clinician)");
			assertThat(html).contains("href=\"/staff/referrals\"");
		}
	}

	@Test
	void aTokenMeantForAnotherServiceDoesNotOpenTheStaffArea() throws Exception {
		String token = keycloak.token("clinician", List.of("clinician"), "carepath-intake");

		this.mvc.perform(get("/staff").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized());
		assertThat(this.mvc.perform(get("/").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Staff sign in").doesNotContain("Signed in as");
	}

	@Test
	void anExpiredTokenDoesNotOpenTheStaffAreaButPublicPagesStillShow() throws Exception {
		String token = keycloak.expiredToken("clinician", List.of("clinician"), "carepath-portal");

		this.mvc.perform(get("/staff").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/learn").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isOk());
	}

}
