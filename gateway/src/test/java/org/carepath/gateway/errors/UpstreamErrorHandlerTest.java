package org.carepath.gateway.errors;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.PrematureCloseException;

import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

class UpstreamErrorHandlerTest {

	@Test
	void refusedOrUnknownHostMeansUnavailable() {
		assertThat(UpstreamErrorHandler.classify(new ConnectException("Connection refused")))
			.isEqualTo(GatewayProblem.SERVICE_UNAVAILABLE);
		assertThat(UpstreamErrorHandler.classify(new UnknownHostException("intake.invalid")))
			.isEqualTo(GatewayProblem.SERVICE_UNAVAILABLE);
		assertThat(UpstreamErrorHandler.classify(new IllegalStateException(new UnknownHostException("x"))))
			.isEqualTo(GatewayProblem.SERVICE_UNAVAILABLE);
	}

	@Test
	void noReadyInstanceMeansUnavailable() {
		assertThat(UpstreamErrorHandler.classify(NotFoundException.create(false, "Unable to find instance for intake")))
			.isEqualTo(GatewayProblem.SERVICE_UNAVAILABLE);
	}

	@Test
	void anInstanceThatHangsUpBeforeAnsweringMeansUnavailable() {
		assertThat(UpstreamErrorHandler.classify(PrematureCloseException.TEST_EXCEPTION))
			.isEqualTo(GatewayProblem.SERVICE_UNAVAILABLE);
	}

	@Test
	void timeoutsMeanGatewayTimeoutEvenWhenConnecting() {
		assertThat(UpstreamErrorHandler.classify(new ConnectTimeoutException("connection timed out")))
			.isEqualTo(GatewayProblem.GATEWAY_TIMEOUT);
		assertThat(UpstreamErrorHandler.classify(new TimeoutException())).isEqualTo(GatewayProblem.GATEWAY_TIMEOUT);
		assertThat(UpstreamErrorHandler.classify(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT)))
			.isEqualTo(GatewayProblem.GATEWAY_TIMEOUT);
	}

	@Test
	void otherFailuresAreNotClassifiedHere() {
		assertThat(UpstreamErrorHandler.classify(new IllegalStateException("boom"))).isNull();
	}

	@Test
	void onlyAnExplicitPreferenceForHtmlGetsThePage() {
		assertThat(ProblemResponses
			.prefersHtml(MediaType.parseMediaTypes("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")))
			.isTrue();
		assertThat(ProblemResponses.prefersHtml(MediaType.parseMediaTypes("*/*"))).isFalse();
		assertThat(ProblemResponses.prefersHtml(MediaType.parseMediaTypes("application/json"))).isFalse();
		assertThat(ProblemResponses.prefersHtml(MediaType.parseMediaTypes("application/json, text/html;q=0.5")))
			.isFalse();
		assertThat(ProblemResponses.prefersHtml(List.of())).isFalse();
	}

}
