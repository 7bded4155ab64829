package org.carepath.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in for the Keycloak realm, as far as Kafka sees it: a JWKS and a client
 * credentials token endpoint, both over HTTP on loopback, signing RS256 tokens like
 * Keycloak's (issuer, {@code azp} = the client id, a {@code sub} UUID, the audiences its
 * mappers would add). It also makes the tokens Kafka must refuse.
 */
final class TestRealm implements AutoCloseable {

	/**
	 * Client id → secret; each has Kafka's audience unless listed in NO_KAFKA_AUDIENCE.
	 */
	private static final Map<String, String> CLIENTS = Map.of("intake-service", "intake-service-dev",
			"referral-service", "referral-service-dev", "partner-harbor", "partner-harbor-dev", "partner-summit",
			"partner-summit-dev");

	private final HttpServer server;

	private final KeyPair key = rsa();

	private final KeyPair otherKey = rsa();

	/** While set, the token endpoint answers 503, as an unreachable Keycloak would. */
	private volatile boolean down;

	TestRealm() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/realms/carepath/protocol/openid-connect/certs", this::jwks);
		server.createContext("/realms/carepath/protocol/openid-connect/token", this::token);
		server.start();
	}

	String issuer() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/carepath";
	}

	String tokenUrl() {
		return issuer() + "/protocol/openid-connect/token";
	}

	void down(boolean down) {
		this.down = down;
	}

	/** What Keycloak would give this client. */
	String tokenFor(String clientId) {
		return sign(key, issuer(), clientId, List.of(KafkaBroker.AUDIENCE), Instant.now().plusSeconds(300));
	}

	String expiredToken(String clientId) {
		return sign(key, issuer(), clientId, List.of(KafkaBroker.AUDIENCE), Instant.now().minusSeconds(600));
	}

	String tokenSignedByAnotherKey(String clientId) {
		return sign(otherKey, issuer(), clientId, List.of(KafkaBroker.AUDIENCE), Instant.now().plusSeconds(300));
	}

	String tokenFromAnotherRealm(String clientId) {
		return sign(key, issuer().replace("/realms/carepath", "/realms/other"), clientId, List.of(KafkaBroker.AUDIENCE),
				Instant.now().plusSeconds(300));
	}

	String tokenWithoutKafkaAudience(String clientId) {
		return sign(key, issuer(), clientId, List.of("carepath-referral"), Instant.now().plusSeconds(300));
	}

	private void jwks(HttpExchange exchange) throws IOException {
		RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
		String body = """
				{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"test","n":"%s","e":"%s"}]}"""
			.formatted(unsigned(publicKey.getModulus()), unsigned(publicKey.getPublicExponent()));
		respond(exchange, 200, body);
	}

	/** Client credentials in the Basic header (URL-encoded, as Kafka sends them). */
	private void token(HttpExchange exchange) throws IOException {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		if (down) {
			respond(exchange, 503, "{\"error\":\"temporarily_unavailable\"}");
			return;
		}
		if (authorization == null || !authorization.startsWith("Basic ") || !form.contains("client_credentials")) {
			respond(exchange, 400, "{\"error\":\"invalid_request\"}");
			return;
		}
		String[] credentials = new String(Base64.getDecoder().decode(authorization.substring(6)),
				StandardCharsets.UTF_8)
			.split(":", 2);
		String clientId = URLDecoder.decode(credentials[0], StandardCharsets.UTF_8);
		String secret = URLDecoder.decode(credentials[1], StandardCharsets.UTF_8);
		if (!secret.equals(CLIENTS.get(clientId))) {
			respond(exchange, 401, "{\"error\":\"unauthorized_client\"}");
			return;
		}
		respond(exchange, 200,
				"{\"access_token\":\"" + tokenFor(clientId) + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
	}

	private static String sign(KeyPair key, String issuer, String clientId, List<String> audiences, Instant expires) {
		Instant issued = expires.minus(Duration.ofSeconds(300));
		String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"test\"}";
		String payload = """
				{"iss":"%s","azp":"%s","sub":"%s","aud":[%s],"iat":%d,"exp":%d,"typ":"Bearer","scope":"profile email"}"""
			.formatted(issuer, clientId, UUID.randomUUID(),
					String.join(",", audiences.stream().map(audience -> "\"" + audience + "\"").toList()),
					issued.getEpochSecond(), expires.getEpochSecond());
		String content = base64(header.getBytes(StandardCharsets.UTF_8)) + "."
				+ base64(payload.getBytes(StandardCharsets.UTF_8));
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(key.getPrivate());
			signature.update(content.getBytes(StandardCharsets.US_ASCII));
			return content + "." + base64(signature.sign());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static String unsigned(BigInteger value) {
		byte[] bytes = value.toByteArray();
		if (bytes.length > 1 && bytes[0] == 0) {
			bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
		}
		return base64(bytes);
	}

	private static String base64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
