package org.carepath.gateway.security;

import java.net.URI;
import java.time.Duration;

import io.netty.channel.ChannelOption;
import org.carepath.gateway.errors.GatewayProblem;
import org.carepath.gateway.errors.ProblemResponses;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A sign-in only starts while Keycloak answers: otherwise the browser would be sent to a
 * dead address. The person gets a friendly 503 page instead, and the next try after
 * Keycloak is back works by itself. The check is Keycloak's discovery document, asked at
 * most every {@link #REMEMBERED} with a short timeout, so a flood of sign-in starts does
 * not become a flood at Keycloak. People already signed in are not affected: their
 * requests never ask Keycloak until the access token must be refreshed.
 */
@Component
class KeycloakAvailabilityFilter implements WebFilter, Ordered {

	static final Duration REMEMBERED = Duration.ofSeconds(5);

	private static final PathPattern SIGN_IN_START = PathPatternParser.defaultInstance
		.parse("/oauth2/authorization/**");

	private final ProblemResponses problems;

	private final Mono<Boolean> reachable;

	KeycloakAvailabilityFilter(ProblemResponses problems, @Value("${carepath.keycloak.issuer}") String issuer,
			@Value("${carepath.keycloak.timeout:10s}") Duration timeout) {
		this.problems = problems;
		Duration limit = (timeout.compareTo(Duration.ofSeconds(2)) < 0) ? timeout : Duration.ofSeconds(2);
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) limit.toMillis())
			.responseTimeout(limit);
		URI discovery = URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
		this.reachable = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(http))
			.build()
			.get()
			.uri(discovery)
			.retrieve()
			.toBodilessEntity()
			.map(response -> response.getStatusCode().is2xxSuccessful())
			.timeout(limit.plusMillis(500))
			.onErrorReturn(false)
			.cache(answer -> REMEMBERED, error -> Duration.ZERO, () -> Duration.ZERO);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!SIGN_IN_START.matches(exchange.getRequest().getPath().pathWithinApplication())) {
			return chain.filter(exchange);
		}
		return this.reachable.flatMap(
				up -> up ? chain.filter(exchange) : this.problems.write(exchange, GatewayProblem.SIGN_IN_UNAVAILABLE));
	}

	@Override
	public int getOrder() {
		// After the rate limit (-300), before a session is started (-150) and before
		// Spring Security's chain (-100), which would redirect to Keycloak.
		return -250;
	}

}
