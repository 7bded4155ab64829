package org.carepath.gateway.routing;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.carepath.gateway.errors.GatewayProblem;
import org.carepath.gateway.errors.ProblemResponses;
import org.carepath.gateway.tracing.TracedLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.TokenRelayGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * {@code SessionTokenRelay}: Spring Cloud Gateway's {@code TokenRelay} (the session's
 * access token, refreshed through the authorized client manager when it has expired),
 * except for a request that already carries an {@code Authorization} header: a partner's
 * or a script's own token is passed on untouched, never replaced.
 * <p>
 * When Keycloak refuses the token (the Keycloak session ended or went idle, so the
 * refresh answers {@code invalid_grant}), the person is signed out here too: the
 * authorized client is removed and the session invalidated. Then an API call gets 401, a
 * staff or personal page a fresh sign-in, and anything else (the public pages above all,
 * which must never be blocked) goes on without a token, as for an anonymous visitor.
 */
@Component
class SessionTokenRelayGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

	static final String LOGIN_PATH = "/oauth2/authorization/keycloak";

	private static final Logger log = LoggerFactory.getLogger(SessionTokenRelayGatewayFilterFactory.class);

	/**
	 * Set once the relay has handed the request on: a later failure belongs to the
	 * backend, not the token.
	 */
	private static final String RELAYED = SessionTokenRelayGatewayFilterFactory.class.getName() + ".RELAYED";

	private static final List<PathPattern> API = patterns("/api", "/api/**");

	private static final List<PathPattern> SIGN_IN_PAGES = patterns("/staff", "/staff/**", "/me", "/me/**");

	private final TokenRelayGatewayFilterFactory tokenRelay;

	private final ServerOAuth2AuthorizedClientRepository authorizedClients;

	private final ProblemResponses problems;

	private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

	SessionTokenRelayGatewayFilterFactory(TokenRelayGatewayFilterFactory tokenRelay,
			ServerOAuth2AuthorizedClientRepository authorizedClients, ProblemResponses problems) {
		super(Object.class);
		this.tokenRelay = tokenRelay;
		this.authorizedClients = authorizedClients;
		this.problems = problems;
	}

	@Override
	public GatewayFilter apply(Object config) {
		GatewayFilter relay = this.tokenRelay.apply();
		return (exchange, chain) -> {
			if (exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
				return chain.filter(exchange);
			}
			GatewayFilterChain marked = relayed -> {
				relayed.getAttributes().put(RELAYED, Boolean.TRUE);
				return chain.filter(relayed);
			};
			return relay.filter(exchange, marked)
				.onErrorResume(OAuth2AuthorizationException.class, ex -> exchange.getAttributes().containsKey(RELAYED)
						? Mono.error(ex) : signedOut(exchange, chain, ex));
		};
	}

	private Mono<Void> signedOut(ServerWebExchange exchange, GatewayFilterChain chain,
			OAuth2AuthorizationException ex) {
		Mono<Void> logged = TracedLog.write(() -> log
			.info("Keycloak refused the session's token ({}); signing the session out", ex.getError().getErrorCode()));
		Mono<Void> signOut = logged.then(exchange.getPrincipal())
			.filter(OAuth2AuthenticationToken.class::isInstance)
			.cast(OAuth2AuthenticationToken.class)
			.flatMap(authentication -> this.authorizedClients
				.removeAuthorizedClient(authentication.getAuthorizedClientRegistrationId(), authentication, exchange))
			.then(exchange.getSession().flatMap(WebSession::invalidate));
		return signOut.then(Mono.defer(() -> {
			if (matches(API, exchange)) {
				return this.problems.write(exchange, GatewayProblem.UNAUTHENTICATED);
			}
			if (matches(SIGN_IN_PAGES, exchange)) {
				return this.redirects.sendRedirect(exchange, URI.create(LOGIN_PATH));
			}
			// The request carried no Authorization header (else the relay never ran): it
			// goes on as anonymous.
			return chain.filter(exchange);
		}));
	}

	private static boolean matches(List<PathPattern> patterns, ServerWebExchange exchange) {
		return patterns.stream()
			.anyMatch(pattern -> pattern.matches(exchange.getRequest().getPath().pathWithinApplication()));
	}

	private static List<PathPattern> patterns(String... patterns) {
		return Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
	}

}
