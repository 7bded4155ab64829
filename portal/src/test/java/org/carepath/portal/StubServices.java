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
 * The intake and content services as the portal sees them: a tiny HTTP server on a random loopback port that
 * answers what a test tells it to. Unknown paths answer 404. Started once and shared by every test context.
 */
public final class StubServices {

	private static final StubServices INSTANCE = new StubServices();

	private final HttpServer server;

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final List<Headers> requestHeaders = new CopyOnWriteArrayList<>();

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

	public void reset() {
		this.answers.clear();
		this.requestHeaders.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.requestHeaders.add(exchange.getRequestHeaders());
		Answer answer = this.answers.getOrDefault(exchange.getRequestURI().getPath(),
				new Answer(404, "{\"title\":\"not found\"}", Duration.ZERO, false));
		try (exchange) {
			if (answer.drop()) {
				return;
			}
			if (!answer.delay().isZero()) {
				Thread.sleep(answer.delay());
			}
			byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(answer.status(), body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// the portal gave up waiting (timeout test): nothing to answer
		}
	}

	private record Answer(int status, String body, Duration delay, boolean drop) {
	}

}
