package org.carepath.gateway.routing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The session cookie is the gateway's business: whoever holds it holds a logged-in
 * session, so no backend ever sees it. Other cookies (the portal needs
 * {@code XSRF-TOKEN}) pass; the API routes drop the Cookie header altogether.
 */
@Component
class SessionCookieFilter implements GlobalFilter, Ordered {

	private final String sessionCookieName;

	SessionCookieFilter(WebSessionIdResolver sessionIdResolver) {
		this.sessionCookieName = (sessionIdResolver instanceof CookieWebSessionIdResolver cookieResolver)
				? cookieResolver.getCookieName() : "SESSION";
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		List<String> cookieHeaders = exchange.getRequest().getHeaders().get(HttpHeaders.COOKIE);
		if (cookieHeaders == null || cookieHeaders.isEmpty()) {
			return chain.filter(exchange);
		}
		String kept = cookieHeaders.stream()
			.flatMap(header -> Arrays.stream(header.split(";")))
			.map(String::trim)
			.filter(cookie -> !cookie.isEmpty() && !isSessionCookie(cookie))
			.collect(Collectors.joining("; "));
		return chain.filter(exchange.mutate().request(request -> request.headers(headers -> {
			headers.remove(HttpHeaders.COOKIE);
			if (!kept.isEmpty()) {
				headers.set(HttpHeaders.COOKIE, kept);
			}
		})).build());
	}

	private boolean isSessionCookie(String cookie) {
		int equals = cookie.indexOf('=');
		String name = (equals < 0) ? cookie : cookie.substring(0, equals).trim();
		return name.equalsIgnoreCase(this.sessionCookieName);
	}

	@Override
	public int getOrder() {
		// Before the routing filters write the downstream request.
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
