package org.carepath.support.test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the Keycloak realm in service tests: serves a JWKS over real HTTP and
 * signs tokens shaped like Keycloak's, so the services' real token validation (signature,
 * issuer, expiry, audience) is what gets tested. The e2e tests use the real Keycloak.
 */
public final class TestIssuer implements AutoCloseable {

	private final RSAKey key;

	private final HttpServer server;

	private final String issuer;

	private TestIssuer(RSAKey key, HttpServer server) {
		this.key = key;
		this.server = server;
		this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/carepath";
	}

	public static TestIssuer start() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			server.createContext("/realms/carepath/protocol/openid-connect/certs", exchange -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, jwks.length);
				try (OutputStream body = exchange.getResponseBody()) {
					body.write(jwks);
				}
			});
			server.start();
			return new TestIssuer(key, server);
		}
		catch (IOException | JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String issuer() {
		return this.issuer;
	}

	/**
	 * A token for a user with these realm roles, naming these audiences, valid for five
	 * minutes.
	 */
	public String token(String username, List<String> roles, String... audiences) {
		return token(builder(username, roles, audiences).build());
	}

	/** A token that expired a minute ago, otherwise valid. */
	public String expiredToken(String username, List<String> roles, String... audiences) {
		Instant past = Instant.now().minus(Duration.ofMinutes(6));
		return token(builder(username, roles, audiences).issueTime(Date.from(past))
			.expirationTime(Date.from(past.plus(Duration.ofMinutes(5))))
			.build());
	}

	/**
	 * A token for a partner program's client (client credentials), as the realm issues
	 * it.
	 */
	public String partnerToken(String partnerId, String... audiences) {
		return token(builder("service-account-partner-" + partnerId, List.of("partner"), audiences)
			.claim("partner_id", partnerId)
			.build());
	}

	public String token(JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(this.key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public JWTClaimsSet.Builder builder(String username, List<String> roles, String... audiences) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(this.issuer)
			.subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
			.audience(List.of(audiences))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.jwtID(UUID.randomUUID().toString())
			.claim("preferred_username", username)
			.claim("realm_access", Map.of("roles", roles));
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
