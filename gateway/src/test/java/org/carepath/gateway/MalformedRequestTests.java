package org.carepath.gateway;

import java.nio.charset.StandardCharsets;

import org.carepath.gateway.test.GatewayIntegrationTest;
import org.carepath.gateway.test.RawHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The malformed requests that {@link GatewayFuzzTests} found answered with a 5xx (or
 * half-forwarded), each pinned down on its own.
 */
class MalformedRequestTests extends GatewayIntegrationTest {

	@Test
	void aFormWithBrokenPercentEncodingIsABadRequestProblemAndNeverForwarded() {
		String form = "_csrf=t&note=50%+off";
		RawHttp.Response response = send("POST /screening/answers HTTP/1.1", "Cookie: XSRF-TOKEN=t",
				"Content-Type: application/x-www-form-urlencoded", "Content-Length: " + form.length(), "", form);
		assertProblem(response, 400, "urn:carepath:problem:bad-request");
		assertThat(PORTAL.receivedNothing()).isTrue();
	}

	@Test
	void aContentTypeThatCannotBeParsedIsPassedOnForTheBackendToJudge() {
		RawHttp.Response response = send("POST /api/intake/screenings HTTP/1.1", "Content-Type: /", "Content-Length: 2",
				"", "{}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(INTAKE.takeRequest().header("Content-Type")).isEqualTo("/");
	}

	@Test
	void aFormContentTypeWithAnUnknownCharsetIsNoFormButNoServerErrorEither() {
		RawHttp.Response response = send("POST /screening/answers HTTP/1.1",
				"Content-Type: application/x-www-form-urlencoded; charset=nope", "Content-Length: 8", "", "_csrf=t&");
		assertProblem(response, 403, "urn:carepath:problem:csrf-rejected");
		assertThat(PORTAL.receivedNothing()).isTrue();
	}

	@Test
	void anAcceptHeaderThatCannotBeParsedStillGetsAProblem() {
		RawHttp.Response response = send("GET /api/me HTTP/1.1", "Accept: */html");
		assertProblem(response, 401, "urn:carepath:problem:unauthenticated");
	}

	@Test
	void whatTheFirewallRefusesIsABadRequestProblem() {
		RawHttp.Response response = send("GET /api/content/articles/a%2F..%2Fb HTTP/1.1", "Accept: application/json");
		assertProblem(response, 400, "urn:carepath:problem:bad-request");
		assertThat(CONTENT.receivedNothing()).isTrue();
	}

	@Test
	void aChunkedBodyThatBreaksOffInBadFramingNeverReachesTheBackendAsARequest() throws InterruptedException {
		RawHttp.Response response = send("POST /screening/answers HTTP/1.1", "Cookie: XSRF-TOKEN=t",
				"Content-Type: application/x-www-form-urlencoded", "Transfer-Encoding: chunked", "",
				"8\r\n_csrf=t&\r\nzz\r\nnote=half\r\n0\r\n");
		assertThat(response.status()).isEqualTo(400);
		// Reactor Netty answers at once; give a half-forwarded request time to arrive.
		Thread.sleep(1500);
		assertThat(PORTAL.receivedNothing()).isTrue();
	}

	private RawHttp.Response send(String requestLine, String... rest) {
		StringBuilder request = new StringBuilder(requestLine).append("\r\n")
			.append("Host: 127.0.0.1:")
			.append(this.port)
			.append("\r\nConnection: close\r\n");
		boolean body = false;
		for (String line : rest) {
			request.append(line);
			if (!body) {
				request.append("\r\n");
			}
			body = body || line.isEmpty();
		}
		if (!body) {
			request.append("\r\n");
		}
		return RawHttp.send(this.port, request.toString().getBytes(StandardCharsets.ISO_8859_1));
	}

	private static void assertProblem(RawHttp.Response response, int status, String type) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(response.body()).contains("\"type\":\"" + type + "\"")
			.contains("\"traceId\":\"" + response.header("X-Trace-Id") + "\"");
	}

}
