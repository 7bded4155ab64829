package org.carepath.support.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.http.MediaType;

/**
 * Malformed HTTP requests from a fixed seed, written as raw bytes on a socket so that
 * nothing on the client side can tidy them up: broken content types (a multipart type
 * without a boundary, unknown charsets), NUL bytes, control characters and invalid UTF-8
 * in query parameters, JSON with NUL characters, wrong types, truncation and deep
 * nesting, random bytes, odd headers. Every request is broken in at least one way, so
 * none of them may change anything, and none may be answered with a 5xx.
 */
public final class RequestFuzzer {

	/**
	 * An endpoint to aim at: its method, path, a valid-looking JSON body (or
	 * {@code null}) and headers every request to it carries (e.g. a valid token, to get
	 * past security).
	 */
	public record Target(String method, String path, String sampleJson, List<String> headers) {

		public Target(String method, String path, String sampleJson) {
			this(method, path, sampleJson, List.of());
		}

	}

	/** A generated request: what it is (for failure messages) and its bytes. */
	public record FuzzRequest(String description, byte[] bytes) {
	}

	/** The status line's code and the response's content type (may be empty). */
	public record FuzzResponse(int status, String contentType) {
	}

	private static final String[] BAD_PARAMETER_VALUES = { "%00", "a%00b", "%C3%28", "%FF%FE", "%ZZ", "%", "%0", "%01",
			"%7F", "%E2%82", "x%0D%0Ay", "%F0%9F%98" };

	private static final String[] CONTENT_TYPES = { "multipart/form-data", "multipart/form-data; boundary=",
			"multipart/mixed", "application/json; charset=nope", "text/plain", "application/x-www-form-urlencoded",
			"garbage", "application/", ";;;", "application/json; boundary=\"", "*/*", "application/xml" };

	private final Random random;

	private final List<Target> targets;

	private final String host;

	public RequestFuzzer(long seed, String host, List<Target> targets) {
		this.random = new Random(seed);
		this.host = host;
		this.targets = List.copyOf(targets);
	}

	public List<FuzzRequest> generate(int count) {
		List<FuzzRequest> requests = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			requests.add(next());
		}
		return requests;
	}

	private FuzzRequest next() {
		Target target = this.targets.get(this.random.nextInt(this.targets.size()));
		String path = target.path();
		// A sample that is not JSON is a form post, as a browser sends it.
		String contentType = (target.sampleJson() == null || target.sampleJson().startsWith("{")
				|| target.sampleJson().startsWith("[")) ? "application/json" : "application/x-www-form-urlencoded";
		byte[] body = (target.sampleJson() != null) ? target.sampleJson().getBytes(StandardCharsets.UTF_8)
				: new byte[0];
		List<String> headers = new ArrayList<>(target.headers());
		List<String> defects = new ArrayList<>();
		int kinds = 1 + this.random.nextInt(2);
		for (int k = 0; k < kinds; k++) {
			switch (this.random.nextInt(8)) {
				case 0 -> {
					String value = pick(BAD_PARAMETER_VALUES);
					path = path + (path.contains("?") ? "&" : "?") + pick(new String[] { "status", "q", "page", "size",
							"instrument", "topic", "kind", "screening", "x" }) + "=" + value;
					defects.add("parameter " + value);
				}
				case 1 -> {
					contentType = pick(CONTENT_TYPES);
					defects.add("content type " + contentType);
				}
				case 2 -> {
					body = jsonWithNul(body);
					defects.add("JSON with NUL");
				}
				case 3 -> {
					body = randomBytes();
					defects.add("random bytes");
				}
				case 4 -> {
					body = (body.length > 2) ? java.util.Arrays.copyOf(body, this.random.nextInt(body.length - 1) + 1)
							: "{".getBytes(StandardCharsets.UTF_8);
					defects.add("truncated body");
				}
				case 5 -> {
					body = ("[".repeat(3000) + "]".repeat(3000)).getBytes(StandardCharsets.UTF_8);
					defects.add("deep nesting");
				}
				case 6 -> {
					body = wrongTypes();
					defects.add("wrong types");
				}
				default -> {
					String header = pick(new String[] { "Authorization: Bearer not.a.token",
							"Authorization: Bearer " + "x".repeat(5000), "Authorization: Basic ???",
							"Idempotency-Key: " + "k".repeat(400), "Accept: nonsense", "Accept-Charset: nope",
							"Content-Encoding: gzip", "X-Forwarded-For: not-an-address" });
					headers.add(header);
					defects.add("header " + header.substring(0, Math.min(40, header.length())));
					// A header alone may be harmless: pair it with a broken body.
					body = randomBytes();
				}
			}
		}
		String method = target.method();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StringBuilder head = new StringBuilder();
		head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
		head.append("Host: ").append(this.host).append("\r\n");
		head.append("Connection: close\r\n");
		if (!"GET".equals(method) || body.length > 0) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		headers.forEach(header -> head.append(header).append("\r\n"));
		head.append("\r\n");
		out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(body);
		return new FuzzRequest(method + " " + path + " [" + String.join(", ", defects) + "]", out.toByteArray());
	}

	private byte[] jsonWithNul(byte[] json) {
		String text = new String(json, StandardCharsets.UTF_8);
		int quote = text.indexOf("\":\"");
		if (quote < 0) {
			return "{\"text\":\"a\\u0000b\"}".getBytes(StandardCharsets.UTF_8);
		}
		return (text.substring(0, quote + 3) + "\\u0000" + text.substring(quote + 3)).getBytes(StandardCharsets.UTF_8);
	}

	private byte[] wrongTypes() {
		return pick(new String[] { "{\"answers\":\"yes\"}", "[]", "\"text\"", "42", "null", "{\"mode\":{}}",
				"{\"id\":99999999999999999999999999}", "{\"a\":1e999999}", "{\"\":\"\"}" })
			.getBytes(StandardCharsets.UTF_8);
	}

	private byte[] randomBytes() {
		byte[] bytes = new byte[1 + this.random.nextInt(300)];
		this.random.nextBytes(bytes);
		return bytes;
	}

	private String pick(String[] options) {
		return options[this.random.nextInt(options.length)];
	}

	/**
	 * Generates {@code count} requests, sends each to the server on {@code port} and
	 * lists those answered with a 5xx or not at all (empty when the server coped).
	 */
	public List<String> serverErrors(int port, int count) throws IOException {
		List<String> serverErrors = new ArrayList<>();
		for (FuzzRequest request : generate(count)) {
			FuzzResponse response = send(port, request);
			if (response.status() >= 500 || response.status() == 0) {
				serverErrors.add(response.status() + " " + request.description());
			}
		}
		return serverErrors;
	}

	/**
	 * Like {@link #serverErrors}, and also lists every 4xx that is not
	 * {@code application/problem+json}: what an API must answer to bad input.
	 */
	public List<String> answersThatAreNotProblems(int port, int count) throws IOException {
		List<String> failures = new ArrayList<>();
		for (FuzzRequest request : generate(count)) {
			FuzzResponse response = send(port, request);
			if (response.status() >= 500 || response.status() == 0 || (response.status() >= 400
					&& !response.contentType().startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE))) {
				failures.add(response.status() + " " + response.contentType() + " " + request.description());
			}
		}
		return failures;
	}

	/** One request written by hand (CRLF line ends, no body unless given). */
	public static FuzzRequest request(String description, String head, String body) {
		String text = head.replace("\n", "\r\n") + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length
				+ "\r\nConnection: close\r\n\r\n" + body;
		return new FuzzRequest(description, text.getBytes(StandardCharsets.UTF_8));
	}

	/** Sends one request on a fresh connection and reads the status line and headers. */
	public static FuzzResponse send(int port, FuzzRequest request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.bytes());
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			if (response.isEmpty()) {
				// The server closed the connection without an answer: not a 5xx, but
				// report it as such so it is seen.
				return new FuzzResponse(0, "");
			}
			int status = Integer.parseInt(response.substring(9, 12));
			String contentType = response.lines()
				.takeWhile(line -> !line.isEmpty())
				.filter(line -> line.regionMatches(true, 0, "Content-Type:", 0, 13))
				.map(line -> line.substring(13).strip())
				.findFirst()
				.orElse("");
			return new FuzzResponse(status, contentType);
		}
	}

}
