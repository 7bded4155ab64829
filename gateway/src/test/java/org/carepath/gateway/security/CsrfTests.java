package org.carepath.gateway.security;

import java.net.URI;

import org.carepath.gateway.test.Browser;
import org.carepath.gateway.test.GatewayIntegrationTest;
import org.carepath.gateway.test.RecordedRequest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

class CsrfTests extends GatewayIntegrationTest {

	@Test
	void aPageResponseIssuesTheXsrfTokenCookieReadableByPages() {
		Browser browser = browser();
		browser.getPage("/screening/start");
		ResponseCookie cookie = browser.lastSetCookie("XSRF-TOKEN");
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isFalse();
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(cookie.getValue()).isNotBlank();
	}

	@Test
	void theFirstPageAlreadyGetsTheTokenToRenderIntoItsForms() {
		Browser browser = browser();
		browser.getPage("/screening/start");
		assertThat(PORTAL.takeRequest().header("Cookie")).contains("XSRF-TOKEN=" + browser.cookie("XSRF-TOKEN"));
	}

	@Test
	void theTokenIsKeptOnceTheBrowserHasIt() {
		Browser browser = browser();
		browser.getPage("/");
		String token = browser.cookie("XSRF-TOKEN");
		EntityExchangeResult<String> next = browser.getPage("/screening/start");
		assertThat(next.getResponseCookies().get("XSRF-TOKEN")).isNull();
		assertThat(browser.cookie("XSRF-TOKEN")).isEqualTo(token);
	}

	@Test
	void aPostWithoutTheTokenIsRefusedWithProblemJson() {
		Browser browser = browser();
		browser.getPage("/");
		EntityExchangeResult<String> post = browser.send(client -> client.post()
			.uri("/screening/answers")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("answer=yes"));
		assertThat(post.getStatus().value()).isEqualTo(403);
		assertThat(post.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(post.getResponseBody()).contains("urn:carepath:problem:csrf-rejected");
		PORTAL.takeRequest(); // the page
		assertThat(PORTAL.receivedNothing()).isTrue();
	}

	@Test
	void aPostWithTheTokenInTheHeaderPasses() {
		Browser browser = browser();
		browser.getPage("/");
		String token = browser.cookie("XSRF-TOKEN");
		EntityExchangeResult<String> post = browser.send(client -> client.post()
			.uri("/api/intake/screenings")
			.header("X-XSRF-TOKEN", token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"instrument\":\"audit-c\"}"));
		assertThat(post.getStatus().value()).isEqualTo(200);
		assertThat(INTAKE.takeRequest().body()).isEqualTo("{\"instrument\":\"audit-c\"}");
	}

	@Test
	void aFormPostWithTheCsrfFieldPassesWithItsBodyIntact() {
		Browser browser = browser();
		browser.getPage("/screening/start");
		PORTAL.takeRequest();
		String form = "_csrf=" + browser.cookie("XSRF-TOKEN") + "&q1=2&q2=3&note=caf%C3%A9+%26+more";
		EntityExchangeResult<String> post = browser.send(client -> client.post()
			.uri("/screening/answers")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue(form));
		assertThat(post.getStatus().value()).isEqualTo(200);
		RecordedRequest received = PORTAL.takeRequest();
		assertThat(received.body()).isEqualTo(form);
		assertThat(received.header("Content-Length")).isEqualTo(String.valueOf(form.length()));
	}

	@Test
	void signingInRotatesTheTokenSoOneSeenBeforeNoLongerWorks() {
		Browser browser = browser();
		browser.getPage("/");
		String before = browser.cookie("XSRF-TOKEN");
		assertThat(before).isNotBlank();
		browser.signInFromLoginLink();
		String after = browser.cookie("XSRF-TOKEN");
		assertThat(after).isNotBlank().isNotEqualTo(before);

		EntityExchangeResult<String> withOldHeader = browser.send(client -> client.post()
			.uri("/api/intake/screenings")
			.header("X-XSRF-TOKEN", before)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}"));
		assertThat(withOldHeader.getStatus().value()).isEqualTo(403);
		assertThat(withOldHeader.getResponseBody()).contains("urn:carepath:problem:csrf-rejected");
		EntityExchangeResult<String> withOldField = browser.send(client -> client.post()
			.uri("/staff/screenings/7/intervention")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("_csrf=" + before + "&note=discussed"));
		assertThat(withOldField.getStatus().value()).isEqualTo(403);
		assertThat(INTAKE.receivedNothing()).isTrue();
		PORTAL.reset();

		EntityExchangeResult<String> withNew = browser.send(client -> client.post()
			.uri("/api/intake/screenings")
			.header("X-XSRF-TOKEN", after)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}"));
		assertThat(withNew.getStatus().value()).isEqualTo(200);
		assertThat(INTAKE.takeRequest().header("Authorization")).startsWith("Bearer access-casey-");
		assertThat(browser
			.send(client -> client.post()
				.uri("/staff/screenings/7/intervention")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.bodyValue("_csrf=" + after + "&note=discussed"))
			.getStatus()
			.value()).isEqualTo(200);
		assertThat(PORTAL.takeRequest().body()).isEqualTo("_csrf=" + after + "&note=discussed");
	}

	@Test
	void signingInKeepsTheNewTokenForTheLandingPage() {
		Browser browser = browser();
		browser.getPage("/");
		String before = browser.cookie("XSRF-TOKEN");
		URI landing = browser.signInFromLoginLink();
		String after = browser.cookie("XSRF-TOKEN");
		PORTAL.reset();
		EntityExchangeResult<String> page = browser.getPage(landing.toString());
		assertThat(page.getResponseCookies().get("XSRF-TOKEN")).isNull();
		assertThat(browser.cookie("XSRF-TOKEN")).isEqualTo(after).isNotEqualTo(before);
		assertThat(PORTAL.takeRequest().header("Cookie")).contains("XSRF-TOKEN=" + after).doesNotContain(before);
	}

	@Test
	void aBearerRequestWithoutSessionNeedsNoToken() {
		this.client.post()
			.uri("/api/referrals/partner/status")
			.header(HttpHeaders.AUTHORIZATION, "Bearer partner-harbor-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"status\":\"accepted\"}")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(REFERRAL.takeRequest().body()).isEqualTo("{\"status\":\"accepted\"}");
	}

	@Test
	void anAnonymousApiPostWithoutSessionNeedsNoToken() {
		this.client.post()
			.uri("/api/intake/screenings")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"instrument\":\"phq-9\",\"mode\":\"self\"}")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(INTAKE.takeRequest().body()).isEqualTo("{\"instrument\":\"phq-9\",\"mode\":\"self\"}");
	}

	@Test
	void aSignedInApiPostWithoutTheTokenIsRefused() {
		Browser browser = browser();
		browser.signInFrom("/staff/queue");
		EntityExchangeResult<String> post = browser.send(client -> client.post()
			.uri("/api/intake/screenings")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}"));
		assertThat(post.getStatus().value()).isEqualTo(403);
		assertThat(INTAKE.receivedNothing()).isTrue();
	}

	@Test
	void aBearerHeaderDoesNotExemptARequestThatAlsoHasASession() {
		Browser browser = browser();
		browser.signInFrom("/staff/queue");
		EntityExchangeResult<String> post = browser.send(client -> client.post()
			.uri("/api/intake/screenings")
			.header(HttpHeaders.AUTHORIZATION, "Bearer forged")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}"));
		assertThat(post.getStatus().value()).isEqualTo(403);
		assertThat(INTAKE.receivedNothing()).isTrue();
	}

	@Test
	void aSignedInFormPostWithTheTokenReachesThePortalWithTheSessionToken() {
		Browser browser = browser();
		browser.signInFrom("/staff/queue");
		browser.getPage("/staff/queue");
		PORTAL.reset();
		EntityExchangeResult<String> post = browser.send(client -> client.post()
			.uri("/staff/screenings/7/intervention")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("_csrf=" + browser.cookie("XSRF-TOKEN") + "&note=discussed"));
		assertThat(post.getStatus().value()).isEqualTo(200);
		RecordedRequest received = PORTAL.takeRequest();
		assertThat(received.header("Authorization")).startsWith("Bearer access-casey-");
		assertThat(received.body()).endsWith("&note=discussed");
	}

}
