package org.carepath.gateway.security;

import org.carepath.gateway.test.GatewayIntegrationTest;
import org.carepath.gateway.test.StubBackend.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTests extends GatewayIntegrationTest {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/api/content/articles", "/api/me", "/staff/queue" })
	void everyResponseCarriesTheSecurityHeaders(String path) {
		this.client.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectHeader()
			.valueEquals("Content-Security-Policy",
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
							+ "base-uri 'self'; frame-ancestors 'none'; form-action 'self' "
							+ KEYCLOAK.issuer().replace("/realms/carepath", ""))
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
			.expectHeader()
			.valueEquals("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
			.expectHeader()
			.exists("X-Trace-Id")
			// plain HTTP: browsers ignore HSTS there, and it is only sent over HTTPS
			.expectHeader()
			.doesNotExist("Strict-Transport-Security");
	}

	@Test
	void hstsIsSentOverHttps() {
		WebTestClient https = mockServerClient().mutate().baseUrl("https://carepath.test").build();
		https.get()
			.uri("/")
			.exchange()
			.expectHeader()
			.valueEquals("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
	}

	@Test
	void theCacheControlABackendSetIsKept() {
		CONTENT.answer("/api/content/articles/ketamine-addiction",
				Answer.json(200, "{}").withHeader("Cache-Control", "public, max-age=300").withHeader("ETag", "\"r7\""));
		this.client.get()
			.uri("/api/content/articles/ketamine-addiction")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"r7\"")
			.expectHeader()
			.doesNotExist(HttpHeaders.PRAGMA)
			.expectHeader()
			.doesNotExist(HttpHeaders.EXPIRES);
	}

	@Test
	void withoutBackendCacheControlNothingIsStored() {
		this.client.get()
			.uri("/api/intake/queue")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
	}

	@Test
	void aResponseThatSetsACookieIsNeverCacheableByOthers() {
		PORTAL.answer("/articles/ketamine-addiction",
				Answer.json(200, "<html></html>").withHeader("Cache-Control", "public, max-age=60"));
		FluxExchangeResult<String> result = this.client.get()
			.uri("/articles/ketamine-addiction")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "private, max-age=60")
			.returnResult(String.class);
		assertThat(result.getResponseCookies().getFirst("XSRF-TOKEN")).isNotNull();
		// Without a new cookie the page stays publicly cacheable.
		String token = result.getResponseCookies().getFirst("XSRF-TOKEN").getValue();
		this.client.get()
			.uri("/articles/ketamine-addiction")
			.accept(MediaType.TEXT_HTML)
			.cookie("XSRF-TOKEN", token)
			.exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
	}

}
