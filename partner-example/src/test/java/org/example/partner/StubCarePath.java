package org.example.partner;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for CarePath's Keycloak token endpoint and partner API: hands out one token,
 * records every call, and answers a referral's status update with 204, or with 503 while
 * it is made to fail, or 409 when told to.
 */
final class StubCarePath implements AutoCloseable {

	static final String TOKEN = "stub-token";

	private final HttpServer server;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final Map<UUID, AtomicInteger> failures = new ConcurrentHashMap<>();

	private final Map<UUID, String> refusals = new ConcurrentHashMap<>();

	record Call(String method, String path, String authorization, String body) {
	}

	StubCarePath() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** The next {@code times} status updates of this referral get 503. */
	void failStatusUpdates(UUID referral, int times) {
		failures.put(referral, new AtomicInteger(times));
	}

	/** Status updates of this referral get 409; the inbox then reports {@code status}. */
	void refuseStatusUpdates(UUID referral, String status) {
		refusals.put(referral, status);
	}

	List<Call> statusUpdates(UUID referral) {
		return calls.stream().filter(call -> call.path().equals("/api/referrals/" + referral + "/status")).toList();
	}

	List<Call> tokenRequests() {
		return calls.stream().filter(call -> call.path().endsWith("/protocol/openid-connect/token")).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String path = exchange.getRequestURI().getPath();
		String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
		calls.add(new Call(exchange.getRequestMethod(), path, authorization, body));
		if (path.endsWith("/protocol/openid-connect/token")) {
			respond(exchange, 200, "application/json",
					"{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
			return;
		}
		if (!authorization.equals("Bearer " + TOKEN)) {
			respond(exchange, 401, "application/problem+json", "{\"status\":401}");
			return;
		}
		if (path.startsWith("/api/referrals/inbox/")) {
			UUID referral = UUID.fromString(path.substring("/api/referrals/inbox/".length()));
			respond(exchange, 200, "application/json",
					"{\"id\":\"" + referral + "\",\"status\":\"" + refusals.getOrDefault(referral, "accepted") + "\"}");
			return;
		}
		if (path.startsWith("/api/referrals/") && path.endsWith("/status")) {
			UUID referral = UUID.fromString(path.split("/")[3]);
			AtomicInteger failing = failures.get(referral);
			if (failing != null && failing.getAndDecrement() > 0) {
				respond(exchange, 503, "application/problem+json", "{\"status\":503}");
			}
			else if (refusals.containsKey(referral)) {
				respond(exchange, 409, "application/problem+json", "{\"status\":409}");
			}
			else {
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			}
			return;
		}
		respond(exchange, 404, "application/problem+json", "{\"status\":404}");
	}

	private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
