package org.carepath.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.server.ServerWebExchange;

/**
 * Signing in starts a new CSRF token, as it starts a new session id: a token seen (or
 * planted) before sign-in must not be good for the signed-in session. Spring Security
 * only renews the token at logout, so this runs first on a successful sign-in, before the
 * usual redirect; the callback's answer then sets the new {@code XSRF-TOKEN} cookie.
 */
class CsrfTokenRotation implements ServerAuthenticationSuccessHandler {

	private final ServerCsrfTokenRepository tokens;

	CsrfTokenRotation(ServerCsrfTokenRepository tokens) {
		this.tokens = tokens;
	}

	@Override
	public Mono<Void> onAuthenticationSuccess(WebFilterExchange webFilterExchange, Authentication authentication) {
		ServerWebExchange exchange = webFilterExchange.getExchange();
		return this.tokens.generateToken(exchange)
			.delayUntil(token -> this.tokens.saveToken(exchange, token))
			// Whatever reads the token later in this exchange sees the new one, not the
			// old one that the CSRF filter may have loaded.
			.doOnNext(token -> exchange.getAttributes().put(CsrfToken.class.getName(), Mono.just(token)))
			.then();
	}

}
