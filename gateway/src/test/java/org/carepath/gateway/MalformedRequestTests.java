package org.carepath.gateway;

import java.nio.charset.StandardCharsets;

import org.carepath.gateway.test.GatewayIntegrationTest;
import org.carepath.gateway.test.RawHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed requests written as raw bytes, each pinned down on its own.
 */
class MalformedRequestTests extends GatewayIntegrationTest {

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

}
