package org.carepath.gateway.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A backend service on a random loopback port: records every request and answers
 * {@code 200} with a small JSON body naming itself, unless a test set another answer for
 * a path. Health checks are answered "up" and not recorded.
 */
public final class StubBackend {

	/** A canned answer: status, headers, body, and how long to wait before answering. */
	public record Answer(int status, Map<String, String> headers, String body, Duration delay) {

		public static Answer json(int status, String body) {
			return new Answer(status, Map.of("Content-Type", "application/json"), body, Duration.ZERO);
		}

		public Answer withHeader(String name, String value) {
			Map<String, String> all = new LinkedHashMap<>(this.headers);
			all.put(name, value);
			return new Answer(this.status, all, this.body, this.delay);
		}

		public Answer after(Duration delay) {
			return new Answer(this.status, this.headers, this.body, delay);
		}

	}

	private static final String HEALTH = "/actuator/health";

	private final String name;

	private final HttpServer server;

	private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private StubBackend(String name) {
		this.name = name;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "stub-" + name);
			thread.setDaemon(true);
			return thread;
		}));
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public static StubBackend start(String name) {
		return new StubBackend(name);
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public String name() {
		return this.name;
	}

	public void answer(String path, Answer answer) {
		this.answers.put(path, answer);
	}

	/** Forgets recorded requests and canned answers. */
	public void reset() {
		this.requests.clear();
		this.answers.clear();
	}

	/** The next request received, waiting a little for it. */
	public RecordedRequest takeRequest() {
		try {
			RecordedRequest request = this.requests.poll(5, TimeUnit.SECONDS);
			if (request == null) {
				throw new AssertionError("backend '" + this.name + "' received no request");
			}
			return request;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** How many requests arrived (and were not taken) since the last reset. */
	public int requestsReceived() {
		return this.requests.size();
	}

	public boolean receivedNothing() {
		return this.requests.isEmpty();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, List<String>> headers = exchange.getRequestHeaders()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue,
					(first, second) -> first));
		String uri = exchange.getRequestURI().toString();
		if (exchange.getRequestURI().getPath().startsWith(HEALTH)) {
			// The gateway's load balancer asking whether this instance is ready: yes, and
			// not a request any test is about.
			byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, up.length);
			try (var out = exchange.getResponseBody()) {
				out.write(up);
			}
			return;
		}
		this.requests.add(new RecordedRequest(exchange.getRequestMethod(), uri, headers, body));
		Answer answer = this.answers.getOrDefault(exchange.getRequestURI().getPath(),
				Answer.json(200, "{\"service\":\"" + this.name + "\"}"));
		try {
			Thread.sleep(answer.delay());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
		answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		exchange.sendResponseHeaders(answer.status(), (bytes.length == 0) ? -1 : bytes.length);
		try (var out = exchange.getResponseBody()) {
			out.write(bytes);
		}
		catch (IOException ignored) {
			// The gateway gave up waiting (timeout tests).
		}
	}

}
