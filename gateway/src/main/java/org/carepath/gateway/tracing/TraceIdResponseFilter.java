package org.carepath.gateway.tracing;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Hands the trace id back as {@code X-Trace-Id} on every response, including the
 * gateway's own errors and redirects, so a person reporting a problem can quote it and
 * support can find the request in every log.
 */
@Component
class TraceIdResponseFilter implements WebFilter, Ordered {

	static final String TRACE_ID_HEADER = "X-Trace-Id";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String traceId = TraceIds.of(exchange);
		if (traceId != null) {
			// Now, so the access log has it even for a request the client abandons; and
			// again at commit, because
			// an error answer starts from empty headers.
			exchange.getResponse().getHeaders().set(TRACE_ID_HEADER, traceId);
			exchange.getResponse().beforeCommit(() -> {
				exchange.getResponse().getHeaders().set(TRACE_ID_HEADER, traceId);
				return Mono.empty();
			});
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
