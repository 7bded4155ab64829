package org.carepath.gateway.sessions;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The requests that never touch a session: an API call ({@code /api/**}) without the
 * session cookie, i.e. one that carries a bearer token or no credentials at all (a
 * script, an app, a partner, a public page's data). Nothing can be signed in for such a
 * request, so no session is looked up, created or saved, no CSRF token is checked or
 * issued and no sign-in is remembered for it: the busiest requests cost no Redis round
 * trip and no session bookkeeping. A browser's API call carries the cookie and keeps the
 * full treatment (its session's token relayed, CSRF checked).
 */
@Component
public class SessionFreeRequests implements ServerWebExchangeMatcher {

	private static final List<PathPattern> API = List.of(PathPatternParser.defaultInstance.parse("/api"),
			PathPatternParser.defaultInstance.parse("/api/**"));

	private final String sessionCookieName;

	SessionFreeRequests(WebSessionIdResolver sessionIdResolver) {
		this.sessionCookieName = (sessionIdResolver instanceof CookieWebSessionIdResolver cookieResolver)
				? cookieResolver.getCookieName() : "SESSION";
	}

	/** Whether this request goes without a session (see the class comment). */
	public boolean test(ServerHttpRequest request) {
		return !hasSessionCookie(request)
				&& API.stream().anyMatch(pattern -> pattern.matches(request.getPath().pathWithinApplication()));
	}

	/**
	 * Only a request that carries the session cookie can belong to a session; any other
	 * would get a new, empty one.
	 */
	public boolean hasSessionCookie(ServerHttpRequest request) {
		List<HttpCookie> cookies = request.getCookies().get(this.sessionCookieName);
		return cookies != null && !cookies.isEmpty();
	}

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		return test(exchange.getRequest()) ? MatchResult.match() : MatchResult.notMatch();
	}

}
