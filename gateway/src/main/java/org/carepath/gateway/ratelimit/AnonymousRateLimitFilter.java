package org.carepath.gateway.ratelimit;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.carepath.gateway.errors.GatewayProblem;
import org.carepath.gateway.errors.ProblemResponses;
import org.carepath.gateway.sessions.SessionFreeRequests;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Anonymous self-check submissions, contact requests and sign-in starts, per client
 * address, in Redis (Spring Cloud Gateway's {@link RedisRateLimiter}, a token bucket in
 * one Lua script): one budget whichever gateway instance a request reaches. A
 * {@code WebFilter} before Spring Security's chain, because sign-in starts and the
 * redirects of signed-out staff pages never reach a route, and because a refused request
 * must not reach the session store. Only a signed-in session makes a request "not
 * anonymous"; an {@code Authorization} header the gateway has not checked does not.
 * <p>
 * The key is the connection's address: the gateway is the edge. Forwarded headers count
 * only where {@code server.forward-headers-strategy} is set (the {@code prod} profile,
 * behind the ingress). If Redis cannot answer, {@link RedisRateLimiter} lets the request
 * pass (intake keeps its own limit, and sign-ins need Redis anyway).
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
class AnonymousRateLimitFilter implements WebFilter, Ordered {

	/**
	 * What a request counts against; the Redis keys are
	 * {@code request_rate_limiter.{carepath-anonymous-<bucket>.<address>}.*}.
	 */
	enum Bucket {

		SUBMISSIONS, SIGN_IN

	}

	private static final List<PathPattern> SUBMISSIONS = patterns("/check/*", "/api/intake/screenings",
			"/api/intake/screenings/*/contact");

	private static final List<PathPattern> SIGN_IN = patterns("/oauth2/authorization/**", "/login/oauth2/code/**",
			"/staff", "/staff/**", "/me", "/me/**");

	private final RateLimitProperties properties;

	private final RedisRateLimiter limiter;

	private final ProblemResponses problems;

	private final Set<String> raisedAddresses;

	private final SessionFreeRequests sessions;

	AnonymousRateLimitFilter(RateLimitProperties properties, RedisRateLimiter limiter, ProblemResponses problems,
			SessionFreeRequests sessions) {
		this.properties = properties;
		this.sessions = sessions;
		this.limiter = limiter;
		this.problems = problems;
		this.raisedAddresses = properties.raisedAddresses()
			.stream()
			.map(AnonymousRateLimitFilter::normalized)
			.collect(Collectors.toUnmodifiableSet());
		for (Bucket bucket : Bucket.values()) {
			limiter.getConfig().put(configId(bucket, false), budget(bucket, false).config());
			limiter.getConfig().put(configId(bucket, true), budget(bucket, true).config());
		}
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Bucket bucket = this.properties.enabled() ? bucketOf(exchange.getRequest()) : null;
		String address = address(exchange.getRequest());
		if (bucket == null || address == null) {
			return chain.filter(exchange);
		}
		boolean raised = this.raisedAddresses.contains(address);
		return signedIn(exchange).flatMap(signedIn -> signedIn ? chain.filter(exchange) : this.limiter
			.isAllowed(configId(bucket, raised), address)
			.flatMap(response -> response.isAllowed() ? chain.filter(exchange)
					: this.problems.write(exchange, GatewayProblem.RATE_LIMITED, budget(bucket, raised).retryAfter())));
	}

	static @Nullable Bucket bucketOf(ServerHttpRequest request) {
		if (HttpMethod.POST.equals(request.getMethod()) && matches(SUBMISSIONS, request)) {
			return Bucket.SUBMISSIONS;
		}
		return matches(SIGN_IN, request) ? Bucket.SIGN_IN : null;
	}

	/**
	 * A session cookie alone proves nothing; a session that holds a signed-in person
	 * does. Requests without a session cookie never ask for one (not even an empty one).
	 */
	private Mono<Boolean> signedIn(ServerWebExchange exchange) {
		if (!this.sessions.hasSessionCookie(exchange.getRequest())) {
			return Mono.just(false);
		}
		return exchange.getSession()
			.map(session -> session.getAttribute(
					WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME) != null)
			.defaultIfEmpty(false);
	}

	private Budget budget(Bucket bucket, boolean raised) {
		RateLimitProperties.Limit limit = (bucket == Bucket.SUBMISSIONS) ? this.properties.submissions()
				: this.properties.signIn();
		return Budget.of(limit, raised ? this.properties.raisedFactor() : 1);
	}

	private static String configId(Bucket bucket, boolean raised) {
		return "carepath-anonymous-" + bucket.name().toLowerCase() + (raised ? "-raised" : "");
	}

	private static @Nullable String address(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : null;
	}

	private static String normalized(String literal) {
		String trimmed = literal.trim();
		// Only IP literals, which InetAddress parses without any name lookup.
		if (!trimmed.matches("[0-9A-Fa-f:.]*[.:][0-9A-Fa-f:.]*")) {
			throw new IllegalArgumentException(
					"carepath.gateway.rate-limit.raised-addresses holds '" + literal + "', not an IP address");
		}
		try {
			return InetAddress.getByName(trimmed).getHostAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(
					"carepath.gateway.rate-limit.raised-addresses holds '" + literal + "', not an IP address", ex);
		}
	}

	private static boolean matches(List<PathPattern> patterns, ServerHttpRequest request) {
		return patterns.stream().anyMatch(pattern -> pattern.matches(request.getPath().pathWithinApplication()));
	}

	private static List<PathPattern> patterns(String... patterns) {
		return Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	public int getOrder() {
		// Before the form body is read for the CSRF check (-200), before any session is
		// started (-150) and before Spring Security's chain (-100); after the trace id.
		return -300;
	}

}
