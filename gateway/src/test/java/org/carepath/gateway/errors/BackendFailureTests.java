package org.carepath.gateway.errors;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.carepath.gateway.test.DyingBackend;
import org.carepath.gateway.test.GatewayIntegrationTest;
import org.carepath.gateway.test.StubBackend;
import org.carepath.gateway.test.StubBackend.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Intake and portal are down, referral answers garbage, content is slow (the gateway
 * waits 1 s in tests). Its own application context: the backends of
 * {@link GatewayIntegrationTest} are all alive.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
				"spring.cloud.gateway.server.webflux.httpclient.connect-timeout=1000" })
class BackendFailureTests {

	static final StubBackend CONTENT = GatewayIntegrationTest.CONTENT;

	static final String NOBODY_LISTENING = "http://127.0.0.1:" + DyingBackend.closedPort();

	static final String GARBAGE = DyingBackend.answersGarbage();

	@LocalServerPort
	int port;

	WebTestClient client;

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) {
		registry.add("carepath.keycloak.issuer", GatewayIntegrationTest.KEYCLOAK::issuer);
		registry.add("carepath.services.intake-url", () -> NOBODY_LISTENING);
		registry.add("carepath.services.portal-url", () -> NOBODY_LISTENING);
		registry.add("carepath.services.referral-url", () -> GARBAGE);
		registry.add("carepath.services.content-url", CONTENT::url);
	}

	@BeforeEach
	void client() {
		CONTENT.reset();
		this.client = GatewayIntegrationTest.serverClient(this.port);
	}

	@Test
	void aDeadApiBackendAnswers503ProblemJsonWithoutInternals() {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/api/intake/screenings/42?include=answers")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists("Retry-After")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carepath:problem:service-unavailable")
			.jsonPath("$.title")
			.isEqualTo("Service unavailable")
			.jsonPath("$.status")
			.isEqualTo(503)
			.jsonPath("$.instance")
			.isEqualTo("/api/intake/screenings/42")
			.jsonPath("$.detail")
			.isNotEmpty()
			.returnResult();
		String body = new String(result.getResponseBody(), StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("127.0.0.1").doesNotContain("refused").doesNotContain("Exception");
		assertThat(body).contains("\"traceId\":\"" + result.getResponseHeaders().getFirst("X-Trace-Id") + "\"");
	}

	@Test
	void theWarningAboutADeadBackendCarriesTheRequestsTraceId(CapturedOutput output) {
		String traceId = this.client.get()
			.uri("/api/intake/instruments")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Trace-Id");
		assertThat(traceId).matches("[0-9a-f]{32}");
		// The warning is a structured line of its own, with the trace id as a field (not
		// only in the access log's line).
		await().untilAsserted(() -> assertThat(output.getOut()
			.lines()
			.filter(line -> line.contains("Backend of route intake failed (503)"))
			.filter(line -> line.contains("\"traceId\":\"" + traceId + "\""))).singleElement()
			.asString()
			.contains("\"level\":\"WARN\""));
	}

	@Test
	void aBrowserWhosePortalIsDownStillSeesTheCrisisLine() {
		EntityExchangeResult<String> page = this.client.get()
			.uri("/screening/start")
			.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML, MediaType.ALL)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.exists("Content-Security-Policy")
			.expectBody(String.class)
			.returnResult();
		assertThat(page.getResponseBody()).contains("CarePath is temporarily unavailable")
			.contains("call or text <a href=\"tel:988\">988</a>")
			.contains("call <a href=\"tel:911\">911</a>")
			.doesNotContain("<script")
			.doesNotContain("<style");
	}

	@Test
	void aProgramAskingForAnythingGetsJsonNotThePage() {
		this.client.get()
			.uri("/")
			.accept(MediaType.ALL)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aSlowBackendAnswers504() {
		CONTENT.answer("/api/content/search", Answer.json(200, "{}").after(Duration.ofSeconds(3)));
		this.client.get()
			.uri("/api/content/search?q=ketamine")
			.exchange()
			.expectStatus()
			.isEqualTo(504)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carepath:problem:gateway-timeout")
			.jsonPath("$.instance")
			.isEqualTo("/api/content/search");
	}

	@Test
	void aBackendAnsweringGarbageGives502() {
		this.client.get()
			.uri("/api/referrals/programs")
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carepath:problem:bad-gateway");
	}

}
