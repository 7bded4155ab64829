package org.carepath.gateway.routing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.carepath.gateway.test.GatewayIntegrationTest;
import org.carepath.gateway.test.StubBackend.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser sends its next request on the same connection as soon as an answer has
 * arrived, often before the gateway has finished with the previous exchange (a redirect
 * is answered while the session is still being saved). Reactor Netty before 1.3.9 could
 * then stop reading that connection for good (reactor/reactor-netty#4361): the next page
 * never loaded, as a staff sign-in once did in the end-to-end tests.
 */
class KeepAliveTests extends GatewayIntegrationTest {

	private static final String[] PAGES = { "/oauth2/authorization/keycloak", "/staff/queue", "/api/content/articles",
			"/api/nothing-here", "/" };

	@Test
	void aBrowsersNextRequestOnTheSameConnectionIsAlwaysAnswered() throws IOException {
		CONTENT.answer("/api/content/articles", Answer.json(200, "[]").after(Duration.ofMillis(20)));
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(15_000);
			String cookies = "";
			for (int round = 0; round < 40; round++) {
				for (String page : PAGES) {
					String answer = exchange(socket, page, cookies);
					assertThat(answer).as("round %d, %s", round, page).startsWith("HTTP/1.1 ");
					assertThat(answer.toLowerCase(Locale.ROOT)).as("round %d, %s", round, page)
						.doesNotContain("\r\nconnection: close\r\n");
					cookies = (cookies.isEmpty()) ? sessionCookie(answer) : cookies;
				}
			}
		}
	}

	/** One request, then its whole answer read by its length, as a browser does. */
	private static String exchange(Socket socket, String path, String cookies) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ (cookies.isEmpty() ? "" : "Cookie: " + cookies + "\r\n") + "\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		InputStream in = socket.getInputStream();
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		try {
			while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
				int next = in.read();
				if (next < 0) {
					return "closed after " + head.toString(StandardCharsets.ISO_8859_1);
				}
				head.write(next);
			}
			String headers = head.toString(StandardCharsets.ISO_8859_1);
			String lower = headers.toLowerCase(Locale.ROOT);
			if (lower.contains("\r\ntransfer-encoding: chunked\r\n")) {
				readChunked(in);
			}
			else {
				int length = lower.contains("\r\ncontent-length: ") ? Integer.parseInt(
						lower
							.substring(lower.indexOf("\r\ncontent-length: ") + 18,
									lower.indexOf('\r', lower.indexOf("\r\ncontent-length: ") + 2))
							.trim())
						: 0;
				in.readNBytes(length);
			}
			return headers;
		}
		catch (SocketTimeoutException stalled) {
			return "no answer within 15 s";
		}
	}

	private static void readChunked(InputStream in) throws IOException {
		while (true) {
			StringBuilder size = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				size.append((char) c);
			}
			int length = Integer.parseInt(size.toString().trim().split(";")[0], 16);
			in.readNBytes(length + 2);
			if (length == 0) {
				return;
			}
		}
	}

	private static String sessionCookie(String headers) {
		for (String line : headers.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("set-cookie: session=")) {
				return line.substring("set-cookie: ".length()).split(";")[0];
			}
		}
		return "";
	}

}
