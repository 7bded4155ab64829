package org.carepath.gateway.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Just enough of Keycloak's realm {@code carepath} for the gateway: OIDC discovery, keys,
 * an authorization endpoint that signs in a chosen user at once, a token endpoint that
 * checks the client secret and the PKCE verifier, refresh, and end-session. Tests never
 * reach a real Keycloak.
 */
public final class StubKeycloak {

	public static final String CLIENT_ID = "carepath-gateway";

	public static final String CLIENT_SECRET = "carepath-gateway-dev";

	/** Who the authorization endpoint signs in. */
	public record User(String username, String name, List<String> roles) {
	}

	public static final User CLINICIAN = new User("casey", "Casey Clinician", List.of("clinician", "staff"));

	private record PendingCode(String nonce, String codeChallenge, User user) {
	}

	private volatile HttpServer server;

	private final int port;

	private final RSAKey key;

	private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();

	private final Map<String, User> refreshTokens = new ConcurrentHashMap<>();

	private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();

	private final List<String> issuedAccessTokens = new CopyOnWriteArrayList<>();

	private final Set<String> acceptedPasswordGrants = ConcurrentHashMap.newKeySet();

	private final AtomicInteger issued = new AtomicInteger();

	private volatile User user = CLINICIAN;

	private volatile long accessTokenSeconds = 300;

	private volatile Duration tokenDelay = Duration.ZERO;

	private StubKeycloak() {
		try {
			this.key = new RSAKeyGenerator(2048).keyID("stub").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		this.server = serve(0);
		this.port = this.server.getAddress().getPort();
	}

	private HttpServer serve(int port) {
		HttpServer server;
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.setExecutor(Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "stub-keycloak");
			thread.setDaemon(true);
			return thread;
		}));
		server.createContext("/", this::handle);
		server.start();
		return server;
	}

	/** Keycloak goes away: its port refuses connections until {@link #restart()}. */
	public synchronized void stop() {
		if (this.server != null) {
			this.server.stop(0);
			this.server = null;
		}
	}

	/** Back on the same port, with the same keys, as a restarted Keycloak would be. */
	public synchronized void restart() {
		if (this.server == null) {
			this.server = serve(this.port);
		}
	}

	public static StubKeycloak start() {
		return new StubKeycloak();
	}

	public String issuer() {
		return "http://127.0.0.1:" + this.port + "/realms/carepath";
	}

	public String endSessionEndpoint() {
		return issuer() + "/protocol/openid-connect/logout";
	}

	public void signInAs(User user) {
		this.user = user;
	}

	public void accessTokenLifetime(long seconds) {
		this.accessTokenSeconds = seconds;
	}

	/** Keeps every token request waiting this long before it is answered. */
	public void answerTokenRequestsAfter(Duration delay) {
		this.tokenDelay = delay;
	}

	/**
	 * Ends every Keycloak session (as an idle timeout or a sign-out elsewhere would):
	 * refresh tokens handed out so far are refused with {@code invalid_grant} from now
	 * on.
	 */
	public void endSessions() {
		this.refreshTokens.clear();
	}

	/**
	 * Lets the password or client-credentials grant succeed for a client or user
	 * ("intake", "partner-harbor").
	 */
	public void acceptDemoCredential(String usernameOrClient) {
		this.acceptedPasswordGrants.add(usernameOrClient);
	}

	public List<Map<String, String>> tokenRequests() {
		return List.copyOf(this.tokenRequests);
	}

	/** Access tokens handed out, oldest first. */
	public List<String> issuedAccessTokens() {
		return List.copyOf(this.issuedAccessTokens);
	}

	public void reset() {
		this.issuedAccessTokens.clear();
		this.user = CLINICIAN;
		this.accessTokenSeconds = 300;
		this.tokenDelay = Duration.ZERO;
		this.tokenRequests.clear();
		this.acceptedPasswordGrants.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath().replaceFirst("^/realms/carepath", "");
		switch (path) {
			case "/.well-known/openid-configuration" -> json(exchange, 200, discovery());
			case "/protocol/openid-connect/certs" ->
				json(exchange, 200, new JWKSet(this.key.toPublicJWK()).toJSONObject());
			case "/protocol/openid-connect/auth" -> authorize(exchange);
			case "/protocol/openid-connect/token" -> token(exchange);
			case "/protocol/openid-connect/logout" -> json(exchange, 200, Map.of("logged_out", true));
			default -> json(exchange, 404, Map.of("error", "not_found"));
		}
	}

	private Map<String, Object> discovery() {
		String base = issuer() + "/protocol/openid-connect";
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("issuer", issuer());
		discovery.put("authorization_endpoint", base + "/auth");
		discovery.put("token_endpoint", base + "/token");
		discovery.put("jwks_uri", base + "/certs");
		discovery.put("end_session_endpoint", base + "/logout");
		discovery.put("response_types_supported", List.of("code"));
		discovery.put("subject_types_supported", List.of("public"));
		discovery.put("id_token_signing_alg_values_supported", List.of("RS256"));
		discovery.put("code_challenge_methods_supported", List.of("S256"));
		discovery.put("grant_types_supported",
				List.of("authorization_code", "refresh_token", "password", "client_credentials"));
		return discovery;
	}

	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
		String code = UUID.randomUUID().toString();
		this.codes.put(code, new PendingCode(query.get("nonce"), query.get("code_challenge"), this.user));
		String location = query.get("redirect_uri") + "?code=" + code + "&state="
				+ URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Location", location);
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	private void token(HttpExchange exchange) throws IOException {
		try {
			Thread.sleep(this.tokenDelay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		this.tokenRequests.add(form);
		switch (form.getOrDefault("grant_type", "")) {
			case "authorization_code" -> {
				if (!clientAuthenticated(exchange)) {
					json(exchange, 401, Map.of("error", "invalid_client"));
					return;
				}
				PendingCode pending = this.codes.remove(form.get("code"));
				if (pending == null || form.get("code_verifier") == null
						|| !s256(form.get("code_verifier")).equals(pending.codeChallenge())) {
					json(exchange, 400,
							Map.of("error", "invalid_grant", "error_description", "PKCE verification failed"));
					return;
				}
				json(exchange, 200, tokens(pending.user(), pending.nonce()));
			}
			case "refresh_token" -> {
				User owner = this.refreshTokens.get(form.get("refresh_token"));
				if (owner == null || !clientAuthenticated(exchange)) {
					json(exchange, 400, Map.of("error", "invalid_grant"));
					return;
				}
				json(exchange, 200, tokens(owner, null));
			}
			case "password" -> demoGrant(exchange, form.get("username"));
			case "client_credentials" -> demoGrant(exchange, form.get("client_id"));
			default -> json(exchange, 400, Map.of("error", "unsupported_grant_type"));
		}
	}

	private void demoGrant(HttpExchange exchange, String who) throws IOException {
		if (who != null && this.acceptedPasswordGrants.contains(who)) {
			json(exchange, 200, Map.of("access_token", "demo-" + who, "token_type", "Bearer", "expires_in", 300));
		}
		else {
			json(exchange, 401, Map.of("error", "invalid_grant"));
		}
	}

	private boolean clientAuthenticated(HttpExchange exchange) {
		String expected = "Basic " + Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		return expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
	}

	private Map<String, Object> tokens(User user, String nonce) {
		int number = this.issued.incrementAndGet();
		String refreshToken = "refresh-" + number;
		this.refreshTokens.put(refreshToken, user);
		Map<String, Object> tokens = new LinkedHashMap<>();
		String accessToken = "access-" + user.username() + "-" + number;
		this.issuedAccessTokens.add(accessToken);
		tokens.put("access_token", accessToken);
		tokens.put("token_type", "Bearer");
		tokens.put("expires_in", this.accessTokenSeconds);
		tokens.put("refresh_token", refreshToken);
		tokens.put("scope", "openid profile email");
		tokens.put("id_token", idToken(user, nonce));
		return tokens;
	}

	private String idToken(User user, String nonce) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer())
			.subject(UUID.nameUUIDFromBytes(user.username().getBytes(StandardCharsets.UTF_8)).toString())
			.audience(CLIENT_ID)
			.claim("azp", CLIENT_ID)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.claim("preferred_username", user.username())
			.claim("name", user.name())
			.claim("realm_access", Map.of("roles", user.roles()));
		if (nonce != null) {
			claims.claim("nonce", nonce);
		}
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				claims.build());
		try {
			jwt.sign(new RSASSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Map<String, String> form(String encoded) {
		Map<String, String> values = new LinkedHashMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return values;
		}
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			values.put(name, value);
		}
		return values;
	}

	public static Map<String, String> queryOf(URI uri) {
		return form(uri.getRawQuery());
	}

	private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
		byte[] bytes = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (var out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
