package org.carepath.portal;

import java.util.List;
import java.util.Map;

import org.carepath.portal.learn.PublishedArticleCache;
import org.carepath.support.security.RealmRoles;
import org.carepath.support.test.TestIssuer;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * The whole portal in a mock servlet environment, talking to {@link StubServices} instead
 * of the real intake and content services, and trusting a {@link TestIssuer} instead of
 * Keycloak. One shared context for every page test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
public abstract class PageTestSupport {

	protected static final StubServices services = StubServices.get();

	/**
	 * The clinic's name in page tests: not the default, so a page showing the default
	 * instead of the configured name fails.
	 */
	protected static final String CLINIC_NAME = "Riverbend Counseling Clinic";

	/**
	 * Signs real tokens and serves their JWKS, so the real validation runs when a test
	 * sends a bearer token.
	 */
	protected static final TestIssuer keycloak = TestIssuer.start();

	@Autowired
	protected MockMvc mvc;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("carepath.keycloak.issuer", keycloak::issuer);
		registry.add("carepath.services.intake-url", services::url);
		registry.add("carepath.services.content-url", services::url);
		registry.add("carepath.services.referral-url", services::url);
		// Short enough for the "service too slow" tests, long enough for a loaded
		// two-core machine; production uses 5s
		// (see PortalConfigurationTests).
		registry.add("spring.http.clients.read-timeout", () -> "2500ms");
		// The pages' expected times and "today" are written in UTC; the clinic's own zone
		// comes from the defaults.
		registry.add("carepath.clinic.time-zone", () -> "UTC");
		registry.add("carepath.clinic.name", () -> CLINIC_NAME);
		// Page views stay in the counter for the tests to read: no batch leaves during a
		// test run.
		registry.add("carepath.portal.page-views.flush-interval", () -> "1h");
	}

	@Autowired
	PublishedArticleCache articleCache;

	@AfterEach
	void resetServices() {
		services.reset();
		// Tests answer the same article path with different articles.
		this.articleCache.evictAll();
	}

	/**
	 * A token as Keycloak issues it for the portal, with the service-support role
	 * mapping.
	 */
	protected static JwtRequestPostProcessor signedInAs(String username, String name, String... roles) {
		return jwt()
			.jwt(token -> token.subject("3f1c2d4e-" + username)
				.claim("preferred_username", username)
				.claim("name", name)
				.claim("realm_access", Map.of("roles", List.of(roles)))
				.audience(List.of("carepath-portal")))
			.authorities(token -> RealmRoles.authorities(token.getClaims()));
	}

}
