package org.carepath.portal.pageviews;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.carepath.portal.PageTestSupport;
import org.carepath.portal.StubServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch as the content service receives it: sent as the portal itself with a
 * client-credentials token fetched from the token endpoint (here the stub), the batch's
 * key as {@code Idempotency-Key}, and sent again with the same key after a failure.
 */
class ContentPageViewsTests extends PageTestSupport {

	static final String TOKEN_PATH = "/realms/carepath/protocol/openid-connect/token";

	static final String PAGE_VIEWS = "/api/content/stats/page-views";

	@DynamicPropertySource
	static void tokenEndpoint(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> services.url() + TOKEN_PATH);
	}

	@Autowired
	PageViewCounter counter;

	@Autowired
	PageViewReporter reporter;

	@Autowired
	OAuth2AuthorizedClientService authorizedClients;

	@BeforeEach
	void startFromZero() {
		this.counter.drain();
		// every test fetches its own token
		this.authorizedClients.removeAuthorizedClient("portal", "portal");
		services.answerJson("POST", TOKEN_PATH, 200,
				"{\"access_token\":\"portal-access-token\",\"token_type\":\"Bearer\",\"expires_in\":300}");
	}

	@Test
	void aBatchGoesToContentWithThePortalsOwnTokenAndItsKey() {
		services.answerJson("POST", PAGE_VIEWS, 200, "{}");
		this.counter.viewed("ketamine-addiction");
		this.counter.checkStarted("ketamine-addiction");

		this.reporter.flush();

		StubServices.Request token = services.requests("POST", TOKEN_PATH).getFirst();
		assertThat(token.body()).contains("grant_type=client_credentials");
		assertThat(token.authorization()).isEqualTo(
				"Basic " + Base64.getEncoder().encodeToString("portal:portal-dev".getBytes(StandardCharsets.UTF_8)));
		StubServices.Request batch = services.requests("POST", PAGE_VIEWS).getFirst();
		assertThat(batch.authorization()).isEqualTo("Bearer portal-access-token");
		assertThat(batch.headers().getFirst("Idempotency-Key")).hasSize(36);
		assertThat(batch.body()).contains("\"slug\":\"ketamine-addiction\"", "\"views\":1", "\"checksStarted\":1");
		assertThat(this.reporter.hasPending()).isFalse();
	}

	@Test
	void aBatchContentDidNotTakeIsSentAgainWithTheSameKey() {
		services.answerStatus(PAGE_VIEWS, 503);
		this.counter.viewed("ketamine-addiction");
		this.reporter.flush();
		assertThat(this.reporter.hasPending()).isTrue();

		services.answerJson("POST", PAGE_VIEWS, 200, "{}");
		this.reporter.flush();

		assertThat(services.requests("POST", PAGE_VIEWS)).hasSize(2)
			.extracting(request -> request.headers().getFirst("Idempotency-Key"))
			.containsOnly(services.requests("POST", PAGE_VIEWS).getFirst().headers().getFirst("Idempotency-Key"));
		assertThat(this.reporter.hasPending()).isFalse();
	}

}
