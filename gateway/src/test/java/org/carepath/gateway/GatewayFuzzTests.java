package org.carepath.gateway;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.carepath.gateway.test.Browser;
import org.carepath.gateway.test.GatewayIntegrationTest;
import org.carepath.gateway.test.RawHttp;
import org.carepath.gateway.test.StubBackend;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few hundred malformed requests, generated from a fixed seed and written as raw bytes
 * on a socket: broken content types, bad percent-encoding, NUL and invalid UTF-8 in paths
 * and parameters, odd and oversized headers, odd methods, random bodies and broken forms,
 * with and without a session. The gateway may refuse them, but never with a 5xx (its
 * backends are all up, so not even 502, 503 or 504), and what it refuses reaches no
 * backend.
 */
class GatewayFuzzTests extends GatewayIntegrationTest {

	private static final long SEED = 20_261_206L;

	private static final int REQUESTS = 500;

	private static final String ANONYMOUS_TOKEN = "fuzz-token";

	private static final List<String> METHODS = List.of("GET", "GET", "GET", "POST", "POST", "POST", "POST", "PUT",
			"PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "FOO", "get", "PROPFIND", "M-SEARCH");

	private static final List<String> PATHS = List.of("/", "/screening/answers", "/staff/queue",
			"/staff/screenings/7/intervention", "/api/intake/screenings", "/api/referrals/programs",
			"/api/content/articles", "/api/me", "/api/nowhere", "/api", "/actuator/health", "/actuator/env",
			"/oauth2/authorization/keycloak", "/login/oauth2/code/keycloak", "/me");

	private static final List<String> PATH_ODDITIES = List.of("/%00", "/%C3%28", "/%FF", "/%", "/%zz", "/%2F..",
			"/..%2f..%2fetc", "/;jsessionid=1", "//x", "/%252e", "/caf\u00c3\u00a9", "/\u00ff", "/a%20b",
			"/x%0d%0aSet-Cookie:%20a=b", "/.", "/%5C", "/%E0%A4", "/\u0001");

	private static final List<String> QUERIES = List.of("?q=%", "?q=%ZZ", "?q=%00", "?q=%C3%28", "?q=%FF%FE",
			"?a=1&&=&b", "?=x", "?q=caf\u00c3\u00a9", "?q=\u00ff", "?q=%E0%A4", "?q=1;2", "?q=%0d%0a", "?_csrf=%",
			"?code=%&state=%ZZ", "?error=%00", "?q=" + "a".repeat(5000), "?q=\u0000");

	private static final List<String> CONTENT_TYPES = List.of("", "application/json", "application/json",
			"application/x-www-form-urlencoded", "application/x-www-form-urlencoded",
			"application/x-www-form-urlencoded; charset=nope", "application/x-www-form-urlencoded; charset=UTF-16",
			"application/x-www-form-urlencoded; charset=\"", "application/x-www-form-urlencoded;;",
			"multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=xyz",
			"text/plain; charset=nope", "garbage", "/", ";;;", "application/", "a/b; =c",
			"application/json; charset=\"utf-8", "*/*", "application/x-www-form-urlencoded, application/json",
			"\u00ff\u00fe/x");

	private static final List<String> ACCEPTS = List.of("", "", "*/*", "text/html", "application/json", "garbage",
			"text/html;q=abc", ";;", "text/html;q=2", "*/html", "text/html, application/json;q=x");

	private static final List<String> ODD_HEADERS = List.of("X-Forwarded-For: garbage, ,", "Forwarded: for=\"",
			"X-Forwarded-Host: a b", "X-Forwarded-Proto: gopher", "X-Forwarded-Port: abc", "Authorization: Bearer",
			"Authorization: Basic %%%", "Authorization: Bearer \u00ff\u00fe", "Authorization: Negotiate",
			"Range: bytes=abc", "If-Modified-Since: yesterday", "If-None-Match: \"", "Accept-Language: ;;;q=x",
			"Accept-Encoding: garbage;q=x", "Origin: null", "Origin: http://evil.example", "Referer: ::::",
			"Expect: 100-continue", "Expect: garbage", "X-Odd: \u00ff\u00fe\u0080", "X-Control: a\u0001b",
			"traceparent: 00-zzzz-zz-zz", "traceparent: 00-00000000000000000000000000000000-0000000000000000-01",
			"b3: garbage", "X-Big: " + "a".repeat(9000), "Content-Encoding: gzip", "Cookie: ;;;==;",
			"Cookie: SESSION=garbage", "Cookie: XSRF-TOKEN=\"", "X-XSRF-TOKEN: \u00ff", "Upgrade: websocket",
			"Connection: upgrade, close", "Max-Forwards: -1", ": empty-name", "Bad Name: x", "Transfer-Encoding: gzip");

	private static final List<String> HOSTS = List.of("a b", "[::1", "evil.example", "127.0.0.1:99999", "", "\u00ff");

	private static final List<String> FORM_ODDITIES = List.of("note=%", "note=%ZZ", "note=%C3%28", "a=%FF", "%=%",
			"&&&", "=", "note=caf\u00e9", "note=\u0000", "note=%E0%A4", "a=1&a", "{", "{\"a\":", "null", "\u0000\u0001",
			"note=%%%%", "note=%u0041", "--xyz\r\nContent-Disposition: form-data\r\n\r\n");

	private static final List<StubBackend> BACKENDS = List.of(INTAKE, REFERRAL, CONTENT, PORTAL);

	/** A request as bytes, and how to show it in a failure. */
	record Fuzzed(byte[] bytes) {

		String describe() {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < Math.min(this.bytes.length, 400); i++) {
				int b = this.bytes[i] & 0xff;
				text.append((b >= 0x20 && b < 0x7f) ? String.valueOf((char) b) : String.format("\\x%02x", b));
			}
			return text.toString();
		}

	}

	@Test
	void malformedRequestsNeverGetAServerErrorAndWhatIsRefusedReachesNoBackend() {
		Browser browser = browser();
		browser.getPage("/");
		browser.signInFromLoginLink();
		String session = browser.cookie("SESSION");
		String token = browser.cookie("XSRF-TOKEN");
		Random random = new Random(SEED);
		List<String> failures = new ArrayList<>();
		Map<String, Integer> answers = new TreeMap<>();
		for (int i = 0; i < REQUESTS; i++) {
			BACKENDS.forEach(StubBackend::reset);
			Fuzzed request = fuzz(random, session, token);
			RawHttp.Response response = RawHttp.send(this.port, request.bytes());
			answers.merge(response.status() + " " + response.header("Content-Type"), 1, Integer::sum);
			String failure = failure(response);
			if (failure != null) {
				failures.add("#" + i + " " + failure + " for " + request.describe() + "\n  answer: "
						+ response.body().substring(0, Math.min(300, response.body().length())));
			}
		}
		assertThat(failures).as("answers %s", answers).isEmpty();
		// The session lived through it all: the signed-in requests were signed in.
		assertThat(browser.send(client -> client.get().uri("/api/me")).getStatus().value()).isEqualTo(200);
	}

	private static @Nullable String failure(RawHttp.Response response) {
		if (response.status() < 0) {
			return "no answer";
		}
		if (response.status() >= 500) {
			return "answered " + response.status();
		}
		if (response.status() < 400) {
			return null;
		}
		if (BACKENDS.stream().anyMatch(backend -> !backend.receivedNothing())) {
			return "answered " + response.status() + " but forwarded it";
		}
		// Only what Reactor Netty refuses before the application sees it (unreadable
		// request line or headers, too long) has no trace id; an answer without content
		// (the actuator's 404 for an unknown health group) has nothing to show.
		String contentType = response.header("Content-Type");
		if (response.header("X-Trace-Id") != null && contentType != null
				&& !contentType.startsWith("application/problem+json") && !contentType.startsWith("text/html")) {
			return "answered " + response.status() + " as " + contentType + ", not as a problem";
		}
		return null;
	}

	private Fuzzed fuzz(Random random, String session, String token) {
		String method = pick(random, METHODS);
		String target = pick(random, PATHS) + sometimes(random, PATH_ODDITIES) + sometimes(random, QUERIES);
		String version = (random.nextInt(20) == 0) ? pick(random, List.of("HTTP/1.0", "HTTX/1.1", "HTTP/1.2"))
				: "HTTP/1.1";
		List<String> headers = new ArrayList<>();
		if (random.nextInt(10) > 0) {
			headers.add("Host: 127.0.0.1:" + this.port);
		}
		else if (random.nextBoolean()) {
			headers.add("Host: " + pick(random, HOSTS));
		}
		String accept = pick(random, ACCEPTS);
		if (!accept.isEmpty()) {
			headers.add("Accept: " + accept);
		}
		String contentType = pick(random, CONTENT_TYPES);
		if (!contentType.isEmpty()) {
			headers.add("Content-Type: " + contentType);
		}
		// No session, signed in, a token of one's own without a session, a session
		// that does not exist.
		String csrf = switch (random.nextInt(4)) {
			case 0 -> null;
			case 1 -> {
				headers.add("Cookie: SESSION=" + session + "; XSRF-TOKEN=" + token);
				yield token;
			}
			case 2 -> {
				headers.add("Cookie: XSRF-TOKEN=" + ANONYMOUS_TOKEN);
				yield ANONYMOUS_TOKEN;
			}
			default -> {
				headers.add("Cookie: SESSION=not-a-session; XSRF-TOKEN=" + ANONYMOUS_TOKEN);
				yield ANONYMOUS_TOKEN;
			}
		};
		if (csrf != null && random.nextBoolean()) {
			headers.add("X-XSRF-TOKEN: " + csrf);
		}
		for (int odd = random.nextInt(3); odd > 0; odd--) {
			headers.add(pick(random, ODD_HEADERS));
		}
		headers.add("Connection: close");
		byte[] body = body(random, csrf);
		boolean chunked = body.length > 0 && random.nextInt(8) == 0;
		if (chunked) {
			headers.add("Transfer-Encoding: chunked");
			body = chunked(random, body);
		}
		else if (body.length > 0 || random.nextBoolean()) {
			// Now and then a length shorter than the body: the rest looks like a second
			// request.
			int length = (body.length > 2 && random.nextInt(15) == 0) ? body.length / 2 : body.length;
			headers.add("Content-Length: " + length);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(latin1(method + " " + target + " " + version + "\r\n"));
		headers.forEach(header -> bytes.writeBytes(latin1(header + "\r\n")));
		bytes.writeBytes(latin1("\r\n"));
		bytes.writeBytes(body);
		return new Fuzzed(bytes.toByteArray());
	}

	private static byte[] body(Random random, @Nullable String csrf) {
		return switch (random.nextInt(4)) {
			case 0 -> new byte[0];
			case 1 -> {
				byte[] noise = new byte[1 + random.nextInt(2000)];
				random.nextBytes(noise);
				yield noise;
			}
			default -> {
				String prefix = (csrf != null && random.nextInt(3) > 0) ? "_csrf=" + csrf + "&" : "";
				yield latin1(prefix + pick(random, FORM_ODDITIES));
			}
		};
	}

	/** Well-formed chunks, or now and then a chunk size that is not hex. */
	private static byte[] chunked(Random random, byte[] body) {
		ByteArrayOutputStream chunks = new ByteArrayOutputStream();
		String size = (random.nextInt(4) == 0) ? "zz" : Integer.toHexString(body.length);
		chunks.writeBytes(latin1(size + "\r\n"));
		chunks.writeBytes(body);
		chunks.writeBytes(latin1("\r\n0\r\n\r\n"));
		return chunks.toByteArray();
	}

	/** One of the values a quarter of the time, else nothing. */
	private static String sometimes(Random random, List<String> values) {
		return (random.nextInt(4) == 0) ? pick(random, values) : "";
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** Each char as the one byte of the same value: how raw, non-ASCII bytes get in. */
	private static byte[] latin1(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
