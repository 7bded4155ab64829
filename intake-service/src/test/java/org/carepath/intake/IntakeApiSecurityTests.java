package org.carepath.intake;

import java.util.List;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The intake API on a real PostgreSQL, with tokens checked by the real validation
 * (signature, issuer, expiry, audience).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class IntakeApiSecurityTests {

	@Autowired
	TestIssuer keycloak;

	@Autowired
	MockMvc mvc;

	@Test
	void anyoneMayListTheInstruments() throws Exception {
		this.mvc.perform(get("/api/intake/instruments")).andExpect(status().isOk()).andExpect(jsonPath("$").isArray());
	}

	@Test
	void theQueueNeedsAToken() throws Exception {
		this.mvc.perform(get("/api/intake/screenings"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:unauthorized"))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void staffSeeTheQueue() throws Exception {
		this.mvc
			.perform(get("/api/intake/screenings").header(HttpHeaders.AUTHORIZATION,
					bearer(keycloak.token("intake", List.of("staff"), "carepath-intake"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isArray());
	}

	@Test
	void aPartnerIsAuthenticatedButMayNotSeeTheQueue() throws Exception {
		this.mvc
			.perform(get("/api/intake/screenings").header(HttpHeaders.AUTHORIZATION,
					bearer(keycloak.partnerToken("harbor", "carepath-referral", "carepath-intake"))))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:forbidden"));
	}

	@Test
	void aTokenForAnotherServiceIsRejected() throws Exception {
		this.mvc
			.perform(get("/api/intake/screenings").header(HttpHeaders.AUTHORIZATION,
					bearer(keycloak.token("intake", List.of("staff"), "carepath-content"))))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anExpiredTokenIsRejected() throws Exception {
		this.mvc
			.perform(get("/api/intake/screenings").header(HttpHeaders.AUTHORIZATION,
					bearer(keycloak.expiredToken("intake", List.of("staff"), "carepath-intake"))))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTamperedTokenIsRejected() throws Exception {
		String token = keycloak.token("intake", List.of("patient"), "carepath-intake");
		String[] parts = token.split("\\.");
		// Same signature, claims rewritten to grant the staff role.
		String forgedClaims = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("patient", "staff")
				.getBytes());
		this.mvc
			.perform(get("/api/intake/screenings").header(HttpHeaders.AUTHORIZATION,
					bearer(parts[0] + "." + forgedClaims + "." + parts[2])))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenFromAnotherIssuerIsRejected() throws Exception {
		try (TestIssuer stranger = TestIssuer.start()) {
			this.mvc
				.perform(get("/api/intake/screenings").header(HttpHeaders.AUTHORIZATION,
						bearer(stranger.token("intake", List.of("staff"), "carepath-intake"))))
				.andExpect(status().isUnauthorized());
		}
	}

	@Test
	void unknownPathsAnswerProblemJson() throws Exception {
		this.mvc
			.perform(get("/api/intake/nothing-here").header(HttpHeaders.AUTHORIZATION,
					bearer(keycloak.token("intake", List.of("staff"), "carepath-intake"))))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:not-found"));
	}

	@Test
	void probesAndMetricsAreOpen() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

}
