package org.carepath.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Waits for started processes to become ready, polling all of them together so that the
 * first one to exit or time out ends the wait at once. What becomes ready may start more
 * (the gateway once Keycloak is up).
 */
final class ReadinessLoop {

	/**
	 * Something started and not ready yet. {@code then}, if not null, starts what may
	 * follow it.
	 */
	record Awaited(String label, ChildProcess process, BooleanSupplier ready, String where, Instant since,
			Duration timeout, FollowUp then) {
	}

	@FunctionalInterface
	interface FollowUp {

		List<Awaited> start() throws IOException, StackException, InterruptedException;

	}

	/** Throws when the stack is being stopped. */
	@FunctionalInterface
	interface Cancellation {

		void check() throws StackException;

	}

	private final Steps steps;

	private final Cancellation cancellation;

	private final Function<Path, String> display;

	ReadinessLoop(Steps steps, Cancellation cancellation, Function<Path, String> display) {
		this.steps = steps;
		this.cancellation = cancellation;
		this.display = display;
	}

	void await(List<Awaited> initial) throws StackException, IOException, InterruptedException {
		List<Awaited> waiting = new ArrayList<>(initial);
		while (!waiting.isEmpty()) {
			List<Awaited> started = new ArrayList<>();
			for (var iterator = waiting.iterator(); iterator.hasNext();) {
				Awaited awaited = iterator.next();
				cancellation.check();
				if (!awaited.process().isAlive()) {
					throw new StackException(awaited.label() + " stopped while starting (exit code "
							+ awaited.process().exitCode() + ") — see " + logOf(awaited) + ".");
				}
				if (awaited.ready().getAsBoolean()) {
					iterator.remove();
					steps.done(awaited.label() + " ready on " + awaited.where(), awaited.since());
					if (awaited.then() != null) {
						started.addAll(awaited.then().start());
					}
				}
				else if (Duration.between(awaited.since(), Instant.now()).compareTo(awaited.timeout()) > 0) {
					throw new StackException(awaited.label() + " was not ready after " + awaited.timeout().toSeconds()
							+ " s — see " + logOf(awaited) + ".");
				}
			}
			waiting.addAll(started);
			if (!waiting.isEmpty()) {
				Thread.sleep(250);
			}
		}
	}

	private String logOf(Awaited awaited) {
		return display.apply(awaited.process().log());
	}

}
