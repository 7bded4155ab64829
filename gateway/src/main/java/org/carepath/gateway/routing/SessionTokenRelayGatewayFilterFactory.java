package org.carepath.gateway.routing;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.TokenRelayGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * {@code SessionTokenRelay}: Spring Cloud Gateway's {@code TokenRelay} (the session's access token, refreshed
 * through the authorized client manager when it has expired), except for a request that already carries an
 * {@code Authorization} header: a partner's or a script's own token is passed on untouched, never replaced.
 */
@Component
class SessionTokenRelayGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

	private final TokenRelayGatewayFilterFactory tokenRelay;

	SessionTokenRelayGatewayFilterFactory(TokenRelayGatewayFilterFactory tokenRelay) {
		super(Object.class);
		this.tokenRelay = tokenRelay;
	}

	@Override
	public GatewayFilter apply(Object config) {
		GatewayFilter relay = this.tokenRelay.apply();
		return (exchange, chain) -> exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
				? chain.filter(exchange) : relay.filter(exchange, chain);
	}

}
