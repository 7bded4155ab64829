package org.carepath.gateway.routing;

import org.carepath.gateway.test.GatewayIntegrationTest;
import org.carepath.gateway.test.RecordedRequest;
import org.carepath.gateway.test.StubBackend;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTests extends GatewayIntegrationTest {

	@Test
	void intakeApiGoesToTheIntakeServiceWithPathAndQueryUnchanged() {
		this.client.get()
			.uri("/api/intake/screenings/42?include=answers")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("intake");
		assertThat(INTAKE.takeRequest().uri()).isEqualTo("/api/intake/screenings/42?include=answers");
	}

	@Test
	void referralApiGoesToTheReferralService() {
		this.client.get()
			.uri("/api/referrals/programs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("referral");
		assertThat(REFERRAL.takeRequest().uri()).isEqualTo("/api/referrals/programs");
	}

	@Test
	void contentApiGoesToTheContentService() {
		this.client.get()
			.uri("/api/content/articles/ketamine-addiction")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("content");
		assertThat(CONTENT.takeRequest().uri()).isEqualTo("/api/content/articles/ketamine-addiction");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/screening/start", "/staff-guide", "/apis", "/css/portal.css" })
	void everythingElseGoesToThePortal(String path) {
		this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("portal");
		assertThat(PORTAL.takeRequest().uri()).isEqualTo(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api", "/api/", "/api/other", "/api/intakes/7", "/api/content-admin/x?q=1" })
	void anApiPathNoServiceOwnsIsANotFoundProblemAtTheGateway(String path) {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carepath:problem:not-found")
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.instance")
			.isEqualTo(path.replaceAll("\\?.*", ""))
			.returnResult();
		String traceId = result.getResponseHeaders().getFirst("X-Trace-Id");
		assertThat(traceId).isNotBlank();
		assertThat(new String(result.getResponseBody(), StandardCharsets.UTF_8))
			.contains("\"traceId\":\"" + traceId + "\"");
		assertThat(PORTAL.receivedNothing()).isTrue();
		assertThat(INTAKE.receivedNothing()).isTrue();
		assertThat(CONTENT.receivedNothing()).isTrue();
	}

	@Test
	void anUnknownApiPathIsNotFoundForEveryMethodWithoutASession() {
		this.client.post()
			.uri("/api/other")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(PORTAL.receivedNothing()).isTrue();
	}

	@Test
	void apiMeIsAnsweredByTheGatewayAndNeverReachesThePortal() {
		this.client.get().uri("/api/me").exchange().expectStatus().isUnauthorized();
		assertThat(PORTAL.receivedNothing()).isTrue();
	}

	@Test
	void postBodiesReachTheBackendUnchanged() {
		String screening = "{\"instrument\":\"phq-9\",\"answers\":[1,2,0]}";
		this.client.post()
			.uri("/api/intake/screenings")
			.header(HttpHeaders.AUTHORIZATION, "Bearer script-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(screening)
			.exchange()
			.expectStatus()
			.isOk();
		RecordedRequest received = INTAKE.takeRequest();
		assertThat(received.method()).isEqualTo("POST");
		assertThat(received.body()).isEqualTo(screening);
	}

	@Test
	void theSessionCookieNeverReachesThePortalButItsOtherCookiesDo() {
		this.client.get()
			.uri("/")
			.header(HttpHeaders.COOKIE, "SESSION=secret-session; XSRF-TOKEN=token-1; lang=en")
			.exchange()
			.expectStatus()
			.isOk();
		String cookies = PORTAL.takeRequest().header("Cookie");
		assertThat(cookies).doesNotContain("SESSION").doesNotContain("secret-session");
		assertThat(cookies).contains("XSRF-TOKEN=token-1").contains("lang=en");
	}

	@Test
	void apiServicesReceiveNoCookiesAtAll() {
		for (StubBackend backend : new StubBackend[] { INTAKE, REFERRAL, CONTENT }) {
			String path = switch (backend.name()) {
				case "intake" -> "/api/intake/instruments";
				case "referral" -> "/api/referrals/programs";
				default -> "/api/content/articles";
			};
			this.client.get()
				.uri(path)
				.header(HttpHeaders.COOKIE, "SESSION=secret-session; XSRF-TOKEN=token-1")
				.exchange()
				.expectStatus()
				.isOk();
			assertThat(backend.takeRequest().header("Cookie")).as(backend.name()).isNull();
		}
	}

}
