package org.carepath.gateway.tracing;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import reactor.core.publisher.Mono;

/**
 * Writes a log statement with the request's trace id and span id in the MDC. The gateway
 * runs Reactor's limited context propagation ({@code spring.reactor.context-propagation:
 * limited}): restoring thread locals at every operator cost about a third of its CPU per
 * request, so a statement on a reactive thread sees the trace only where it is restored
 * on purpose — here, from the Reactor context the server observation lives in.
 */
public final class TracedLog {

	private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

	private TracedLog() {
	}

	/** Completes empty once {@code statement} has run, when subscribed. */
	public static Mono<Void> write(Runnable statement) {
		return Mono.deferContextual(context -> {
			try (ContextSnapshot.Scope scope = SNAPSHOTS.setThreadLocalsFrom(context)) {
				statement.run();
			}
			return Mono.empty();
		});
	}

}
