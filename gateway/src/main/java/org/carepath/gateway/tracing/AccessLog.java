package org.carepath.gateway.tracing;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.SignalType;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;

/**
 * One INFO line per request: method, path, status, duration and trace id. Wraps the whole
 * handler (not a web filter) so that it also sees the status that the error handlers set.
 * Never the query string, headers or body: they can carry tokens and health data.
 */
@Component
class AccessLog implements HttpHandlerDecoratorFactory {

	private static final Logger log = LoggerFactory.getLogger("org.carepath.gateway.access");

	@Override
	public HttpHandler apply(HttpHandler handler) {
		return (request, response) -> {
			long start = System.nanoTime();
			return handler.handle(request, response)
				.doFinally(signal -> write(request, response, start, signal == SignalType.CANCEL));
		};
	}

	private static void write(ServerHttpRequest request, ServerHttpResponse response, long start, boolean cancelled) {
		if (!log.isInfoEnabled()) {
			return;
		}
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		HttpStatusCode status = response.getStatusCode();
		// 499: the client went away before an answer was sent (nginx's convention).
		int code = cancelled && !response.isCommitted() ? 499 : (status != null) ? status.value() : 200;
		String traceId = response.getHeaders().getFirst(TraceIdResponseFilter.TRACE_ID_HEADER);
		// The request's own scope is closed by now: put the id back so that structured
		// logs carry it as a field.
		try (MDC.MDCCloseable ignored = (traceId != null) ? MDC.putCloseable("traceId", traceId) : null) {
			log.info("{} {} {} {}ms traceId={}", request.getMethod().name(), request.getPath().value(), code, millis,
					traceId);
		}
	}

}
