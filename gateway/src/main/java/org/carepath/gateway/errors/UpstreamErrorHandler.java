package org.carepath.gateway.errors;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import io.lettuce.core.RedisException;
import io.netty.channel.ConnectTimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

import org.carepath.gateway.tracing.TracedLog;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * A dead or slow backend is not the gateway's internal error: refused or unknown host is
 * 503, a timeout 504, any other failure of a routed request 502. An unreachable session
 * store (Redis) is 503 too. Runs before Boot's default handler (order -1), which would
 * answer 500.
 */
@Component
@Order(-2)
class UpstreamErrorHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(UpstreamErrorHandler.class);

	private final ProblemResponses problems;

	UpstreamErrorHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		GatewayProblem problem = classify(ex);
		if (problem == null && ex instanceof ResponseStatusException statusException) {
			HttpStatus status = HttpStatus.resolve(statusException.getStatusCode().value());
			if (status != null && !status.is5xxServerError()) {
				return this.problems.write(exchange, status);
			}
		}
		if (problem == null) {
			problem = (route != null) ? GatewayProblem.BAD_GATEWAY : GatewayProblem.INTERNAL_ERROR;
		}
		String routeId = (route != null) ? route.getId() : "none (session store)";
		GatewayProblem answer = problem;
		Mono<Void> logged = TracedLog.write(() -> {
			if (answer == GatewayProblem.INTERNAL_ERROR) {
				log.error("Request failed on route {}", routeId, ex);
			}
			else {
				// Class and message only: enough to see which backend and why, nothing
				// about the request itself.
				log.warn("Backend of route {} failed ({}): {}: {}", routeId, answer.status().value(),
						ex.getClass().getName(), ex.getMessage());
			}
		});
		return logged.then(this.problems.write(exchange, problem));
	}

	static @Nullable GatewayProblem classify(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ResponseStatusException statusException
					&& statusException.getStatusCode().isSameCodeAs(HttpStatusCode.valueOf(504))) {
				return GatewayProblem.GATEWAY_TIMEOUT;
			}
			// Netty's connect timeout is a ConnectException too, so it must be tested
			// first.
			if (cause instanceof TimeoutException || cause instanceof ConnectTimeoutException
					|| cause instanceof io.netty.handler.timeout.TimeoutException) {
				return GatewayProblem.GATEWAY_TIMEOUT;
			}
			// NotFoundException: the load balancer has no ready instance of the service;
			// PrematureCloseException: the instance went away before it answered (killed,
			// or stopped mid-request). Both mean "come back later", not a bad answer.
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException || cause instanceof NotFoundException
					|| cause instanceof PrematureCloseException) {
				return GatewayProblem.SERVICE_UNAVAILABLE;
			}
			// Redis (sessions, rate limits) is the only data store the gateway has: any
			// failure of it means "come back later", never the gateway's own bug.
			if (cause instanceof DataAccessException || cause instanceof RedisException) {
				return GatewayProblem.SERVICE_UNAVAILABLE;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
