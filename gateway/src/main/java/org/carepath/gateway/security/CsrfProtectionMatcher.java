package org.carepath.gateway.security;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * Which requests must carry the CSRF token: every state-changing request, except one that
 * has no session and either authenticates with its own {@code Authorization: Bearer}
 * header or calls the API anonymously (the public self-check from a script or app). CSRF
 * forges a request carrying the browser's cookies; without a session there are none to
 * ride on, and a cross-site request cannot set the bearer header. Pages' forms always
 * need the token.
 */
class CsrfProtectionMatcher implements ServerWebExchangeMatcher {

	private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		if (SAFE_METHODS.contains(exchange.getRequest().getMethod())) {
			return MatchResult.notMatch();
		}
		if (!hasBearerToken(exchange) && !isApi(exchange)) {
			return MatchResult.match();
		}
		// A session that exists in the store (not one created just now for this request)
		// means cookies are in play.
		return exchange.getSession()
			.map(WebSession::isStarted)
			.flatMap(hasSession -> hasSession ? MatchResult.match() : MatchResult.notMatch());
	}

	private static boolean isApi(ServerWebExchange exchange) {
		return exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/");
	}

	private static boolean hasBearerToken(ServerWebExchange exchange) {
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

}
