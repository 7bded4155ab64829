package org.carepath.gateway.tracing;

import org.carepath.gateway.test.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class TracingTests extends GatewayIntegrationTest {

	@Test
	void theBackendContinuesTheTraceWhoseIdTheClientGetsBack() {
		String traceId = this.client.get()
			.uri("/api/content/articles")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Trace-Id");
		assertThat(traceId).matches("[0-9a-f]{32}");
		String traceparent = CONTENT.takeRequest().header("traceparent");
		assertThat(traceparent).matches("00-" + traceId + "-[0-9a-f]{16}-01");
	}

	@Test
	void eachRequestHasItsOwnTrace() {
		String first = this.client.get()
			.uri("/")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Trace-Id");
		String second = this.client.get()
			.uri("/")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Trace-Id");
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void theGatewaysOwnAnswersCarryATraceIdToo() {
		this.client.get().uri("/api/me").exchange().expectStatus().isUnauthorized().expectHeader().exists("X-Trace-Id");
	}

	@Test
	void theAccessLogHasOneStructuredLinePerRequestWithoutQueryString(CapturedOutput output) {
		String traceId = this.client.get()
			.uri("/api/content/search?q=ketamine+relapse&token=abc")
			.header("Authorization", "Bearer partner-secret-token")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Trace-Id");
		await().untilAsserted(() -> assertThat(output.getOut()).contains("GET /api/content/search 200"));
		String line = output.getOut()
			.lines()
			.filter(candidate -> candidate.contains("GET /api/content/search 200"))
			.findFirst()
			.orElseThrow();
		assertThat(line).startsWith("{")
			.contains("\"logger\":\"org.carepath.gateway.access\"")
			.contains("\"level\":\"INFO\"")
			.contains("traceId=" + traceId)
			.contains("\"traceId\":\"" + traceId + "\"")
			.containsPattern("200 \\d+ms");
		assertThat(output.getOut()).doesNotContain("ketamine")
			.doesNotContain("token=abc")
			.doesNotContain("partner-secret-token");
	}

}
