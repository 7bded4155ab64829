package org.carepath.gateway.routing;

import org.carepath.gateway.errors.GatewayProblem;
import org.carepath.gateway.errors.ProblemResponses;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * {@code NotFound}: the gateway itself answers 404 for a route that has no backend, such
 * as the API paths no service owns, which would otherwise fall through to the portal and
 * get its HTML page.
 */
@Component
class NotFoundGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

	private final ProblemResponses problems;

	NotFoundGatewayFilterFactory(ProblemResponses problems) {
		super(Object.class);
		this.problems = problems;
	}

	@Override
	public GatewayFilter apply(Object config) {
		// Before the default filters: no token is relayed (or refreshed) for a path
		// nobody serves.
		return new OrderedGatewayFilter((exchange, chain) -> this.problems.write(exchange, GatewayProblem.NOT_FOUND),
				Ordered.HIGHEST_PRECEDENCE);
	}

}
