package org.carepath.gateway.security;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * WebFlux only creates the CSRF token when something subscribes to it, and the portal
 * (another application) never can; so this filter does, for every page request, which
 * makes the gateway issue the {@code XSRF-TOKEN} cookie. A freshly made token is also
 * added to the cookies sent to the portal, so that even the first page a browser sees can
 * render it into its forms. API (and actuator) requests are left alone: their callers
 * already have the cookie from a page, or authenticate with a bearer token.
 */
@Component
class CsrfCookieFilter implements WebFilter, Ordered {

	private static final String COOKIE_NAME = "XSRF-TOKEN";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Mono<CsrfToken> csrfToken = exchange.getAttribute(CsrfToken.class.getName());
		if (csrfToken == null || isApiOrBearer(exchange)) {
			return chain.filter(exchange);
		}
		return csrfToken.map(token -> withTokenCookie(exchange, token)).defaultIfEmpty(exchange).flatMap(chain::filter);
	}

	private static ServerWebExchange withTokenCookie(ServerWebExchange exchange, CsrfToken token) {
		HttpCookie sent = exchange.getRequest().getCookies().getFirst(COOKIE_NAME);
		if (sent != null && token.getToken().equals(sent.getValue())) {
			return exchange;
		}
		String cookies = Stream
			.concat(exchange.getRequest()
				.getHeaders()
				.getOrEmpty(HttpHeaders.COOKIE)
				.stream()
				.flatMap(header -> Arrays.stream(header.split(";")))
				.map(String::trim)
				.filter(cookie -> !cookie.isEmpty() && !cookie.startsWith(COOKIE_NAME + "=")),
					Stream.of(COOKIE_NAME + "=" + token.getToken()))
			.collect(Collectors.joining("; "));
		return exchange.mutate()
			.request(request -> request.headers(headers -> headers.set(HttpHeaders.COOKIE, cookies)))
			.build();
	}

	private static boolean isApiOrBearer(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().value();
		return path.startsWith("/api/") || path.startsWith("/actuator/")
				|| exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
	}

	@Override
	public int getOrder() {
		// After Spring Security's filter chain (-100), which puts the token Mono into the
		// exchange.
		return 0;
	}

}
