package org.carepath.gateway.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The W3C trace id of the request being served. Read from the request's server
 * observation (started before any filter runs) rather than from a thread-local, which
 * reactive code cannot rely on.
 */
public final class TraceIds {

	private TraceIds() {
	}

	public static @Nullable String of(ServerWebExchange exchange) {
		return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
			.map(context -> context.<TracingContext>get(TracingContext.class))
			.map(TracingContext::getSpan)
			.map(Span::context)
			.map(spanContext -> spanContext.traceId())
			.orElse(null);
	}

}
