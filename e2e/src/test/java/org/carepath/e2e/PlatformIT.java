package org.carepath.e2e;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators rely on: trace ids across services, security headers, health probes. */
@ExtendWith(CarePathStack.class)
class PlatformIT {

	@Test
	void aRequestsTraceIdShowsInTheGatewayAndServiceLogs() throws Exception {
		HttpResponse<String> response = Http.get(CarePathStack.gateway() + "/api/intake/instruments");
		String traceId = response.headers().firstValue("X-Trace-Id").orElseThrow();

		assertThat(traceId).matches("[0-9a-f]{32}");
		awaitLogLine(CarePathStack.logDir().resolve("gateway.log"), traceId);
		awaitLogLine(CarePathStack.logDir().resolve("intake.log"), traceId);
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() {
		HttpResponse<String> home = Http.get(CarePathStack.gateway() + "/");

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
		assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(home.body()).contains("988");
	}

	@Test
	void everyServiceAnswersItsProbes() {
		for (int port : new int[] { CarePathStack.PORTS.gateway(), CarePathStack.PORTS.portal(),
				CarePathStack.PORTS.intake(), CarePathStack.PORTS.referral(), CarePathStack.PORTS.content() }) {
			assertThat(Http.get("http://127.0.0.1:" + port + "/actuator/health/liveness").statusCode())
				.as("port " + port)
				.isEqualTo(200);
			assertThat(Http.get("http://127.0.0.1:" + port + "/actuator/prometheus").body()).as("port " + port)
				.contains("jvm_memory_used_bytes");
		}
	}

	private static void awaitLogLine(Path log, String text) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			if (Files.exists(log) && Files.readString(log).contains(text)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError(log.getFileName() + " has no line with trace id " + text);
	}

}
