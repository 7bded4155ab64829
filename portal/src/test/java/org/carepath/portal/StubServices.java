package org.carepath.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The intake and content services as the portal sees them: a tiny HTTP server on a random
 * loopback port that answers what a test tells it to, and records every request it gets
 * so tests can check what the portal sent (method, query, body, and whether a bearer
 * token went along). An answer is set for a path, or for one method on a path
 * ({@code "PUT /api/…"}), which wins. Unknown paths answer 404. Started once and shared
 * by every test context.
 */
public final class StubServices {

	private static final StubServices INSTANCE = new StubServices();

	private final HttpServer server;

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final List<Headers> requestHeaders = new CopyOnWriteArrayList<>();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private StubServices() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.setExecutor(Executors.newCachedThreadPool(task -> Thread.ofPlatform().daemon().unstarted(task)));
		this.server.start();
	}

	public static StubServices get() {
		return INSTANCE;
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public void answerJson(String path, String json) {
		this.answers.put(path, new Answer(200, json, Duration.ZERO, false));
	}

	/**
	 * Answers one method on a path, e.g. {@code answerJson("PUT",
	 * "/api/content/articles/x/draft", 201, "{…}")}.
	 */
	public void answerJson(String method, String path, int status, String json) {
		this.answers.put(method + " " + path, new Answer(status, json, Duration.ZERO, false));
	}

	/**
	 * Answers one method on a path with extra response headers (e.g. a page's
	 * {@code X-Total-Count} and {@code Link}).
	 */
	public void answerJson(String method, String path, int status, String json, Map<String, String> headers) {
		this.answers.put(method + " " + path,
				new Answer(status, json, Duration.ZERO, false, "application/json", Map.copyOf(headers)));
	}

	/** An RFC 9457 problem as the CarePath services send it. */
	public void answerProblem(String method, String path, int status, String json) {
		this.answers.put(method + " " + path,
				new Answer(status, json, Duration.ZERO, false, "application/problem+json"));
	}

	public void answerStatus(String path, int status) {
		this.answers.put(path, new Answer(status, "{\"title\":\"stub failure\"}", Duration.ZERO, false));
	}

	public void answerSlowly(String path, String json, Duration delay) {
		this.answers.put(path, new Answer(200, json, delay, false));
	}

	/** Closes the connection without a response, as a crashed service would. */
	public void dropConnections(String path) {
		this.answers.put(path, new Answer(0, "", Duration.ZERO, true));
	}

	public List<Headers> requestHeaders() {
		return List.copyOf(this.requestHeaders);
	}

	public List<Request> requests() {
		return List.copyOf(this.requests);
	}

	/** The requests with this method and path, in the order they came. */
	public List<Request> requests(String method, String path) {
		return this.requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
	}

	public void reset() {
		this.answers.clear();
		this.requestHeaders.clear();
		this.requests.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.requestHeaders.add(exchange.getRequestHeaders());
		String path = exchange.getRequestURI().getPath();
		String method = exchange.getRequestMethod();
		byte[] requestBody = exchange.getRequestBody().readAllBytes();
		this.requests.add(new Request(method, path, exchange.getRequestURI().getRawQuery(),
				exchange.getRequestHeaders(), new String(requestBody, StandardCharsets.UTF_8)));
		Answer answer = this.answers.get(method + " " + path);
		if (answer == null) {
			answer = this.answers.getOrDefault(path,
					new Answer(404, "{\"title\":\"not found\"}", Duration.ZERO, false));
		}
		try (exchange) {
			if (answer.drop()) {
				return;
			}
			if (!answer.delay().isZero()) {
				Thread.sleep(answer.delay());
			}
			byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", answer.contentType());
			answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
			exchange.sendResponseHeaders(answer.status(), (body.length == 0) ? -1 : body.length);
			if (body.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// the portal gave up waiting (timeout test): nothing to answer
		}
	}

	private record Answer(int status, String body, Duration delay, boolean drop, String contentType,
			Map<String, String> headers) {

		Answer(int status, String body, Duration delay, boolean drop) {
			this(status, body, delay, drop, "application/json");
		}

		Answer(int status, String body, Duration delay, boolean drop, String contentType) {
			this(status, body, delay, drop, contentType, Map.of());
		}

	}

	/**
	 * A request the stub received.
	 *
	 * @param query the raw query string, or null
	 */
	public record Request(String method, String path, String query, Headers headers, String body) {

		public String authorization() {
			return this.headers.getFirst("Authorization");
		}

		/** One decoded query parameter, or null. */
		public String queryParam(String name) {
			if (this.query == null) {
				return null;
			}
			for (String pair : this.query.split("&")) {
				int equals = pair.indexOf('=');
				String key = java.net.URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals),
						StandardCharsets.UTF_8);
				if (key.equals(name)) {
					return (equals < 0) ? ""
							: java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				}
			}
			return null;
		}

	}

}
