package org.carepath.gateway.routing;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.carepath.support.idempotency.IdempotencyKeys;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory.RetryConfig;
import org.springframework.cloud.gateway.support.HasRouteId;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * {@code RetryOnAnotherInstance}: when the connection to the chosen instance fails
 * (refused, reset or closed before any answer) or no answer comes within the response
 * timeout, Spring Cloud Gateway's {@code Retry} sends the request again, and the load
 * balancer picks the next instance. Only for requests that may run twice
 * ({@link IdempotencyKeys#safeToRepeat}: {@code GET}, {@code HEAD}, {@code OPTIONS}, and
 * a {@code POST} that carries an {@code Idempotency-Key}). Any other request that meets a
 * dead instance gets the honest 503. An answer, even a 5xx, is never retried: the
 * instance did the work.
 * <p>
 * A request whose instance died after reading it has had its body consumed; the retry can
 * only send it again because {@code Retry} caches the bodies of its route. That caching
 * is switched on per route id, hence {@link Config} carries the id of the route this
 * filter is applied to.
 */
@Component
class RetryOnAnotherInstanceGatewayFilterFactory
		extends AbstractGatewayFilterFactory<RetryOnAnotherInstanceGatewayFilterFactory.Config> {

	private final RetryGatewayFilterFactory retry;

	RetryOnAnotherInstanceGatewayFilterFactory(RetryGatewayFilterFactory retry) {
		super(Config.class);
		this.retry = retry;
	}

	@Override
	public GatewayFilter apply(Config config) {
		RetryConfig retryConfig = new RetryConfig().allMethods()
			// Two more tries: with round robin and one dead instance of two or three, the
			// next pick is a live one even when other requests move the counter
			// meanwhile.
			.setRetries(2)
			.setSeries()
			.setStatuses()
			// Refused, reset or closed before the answer (an instance killed
			// mid-request),
			// or no answer within the response timeout: Spring Cloud Gateway's own
			// default
			// set. Safe here because only requests that may run twice come this way.
			.setExceptions(IOException.class, TimeoutException.class);
		retryConfig.setBackoff(null);
		// Without the route id, the body of a retried POST is not cached: the retry
		// sends the headers and the next instance waits for a body that never comes.
		retryConfig.setRouteId(config.getRouteId());
		GatewayFilter retrying = this.retry.apply(retryConfig);
		return (exchange, chain) -> mayRunTwice(exchange.getRequest()) ? retrying.filter(exchange, chain)
				: chain.filter(exchange);
	}

	static boolean mayRunTwice(ServerHttpRequest request) {
		return IdempotencyKeys.safeToRepeat(request.getMethod(), request.getHeaders());
	}

	/** Nothing to set but the route, which Spring Cloud Gateway fills in. */
	static class Config implements HasRouteId {

		private String routeId;

		@Override
		public void setRouteId(String routeId) {
			this.routeId = routeId;
		}

		@Override
		public String getRouteId() {
			return this.routeId;
		}

	}

}
