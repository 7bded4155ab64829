package org.carepath.gateway.security;

import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Public content may be kept by shared caches, as its service says with
 * {@code Cache-Control: public}. But a response that sets a cookie (a CSRF token, a
 * session) belongs to one browser: a shared cache must never hand it to another, so such
 * a response is downgraded to {@code private}.
 */
@Component
class CookieCacheGuard implements WebFilter, Ordered {

	private static final Pattern PUBLIC = Pattern.compile("\\bpublic\\b", Pattern.CASE_INSENSITIVE);

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpResponse response = exchange.getResponse();
		response.beforeCommit(() -> {
			String cacheControl = response.getHeaders().getCacheControl();
			boolean setsCookie = !response.getCookies().isEmpty()
					|| response.getHeaders().containsHeader(HttpHeaders.SET_COOKIE);
			if (setsCookie && cacheControl != null && PUBLIC.matcher(cacheControl).find()) {
				response.getHeaders().setCacheControl(PUBLIC.matcher(cacheControl).replaceAll("private"));
			}
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
