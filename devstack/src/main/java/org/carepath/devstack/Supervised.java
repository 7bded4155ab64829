package org.carepath.devstack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One instance of a part that the supervisor keeps running: how to start it (again), when
 * it is ready, and which process runs it now.
 */
final class Supervised {

	/** The order in which close() stops parts: the front first, the database last. */
	enum Tier {

		FRONT, BACKEND, DATABASE

	}

	/** A started process, or PostgreSQL's detached postmaster. */
	interface Running {

		long pid();

		boolean isRunning();

		/** The process and what it started (Keycloak's kc.sh runs java as a child). */
		List<ProcessHandle> tree();

		/** How it ended, for the output: "exit 137". */
		String ending();

		/** SIGKILL to it and to what it started. */
		default void kill() {
			tree().forEach(ProcessHandle::destroyForcibly);
		}

	}

	/** Starts the part; {@code again} is true for a restart (logs are appended to). */
	@FunctionalInterface
	interface Launcher {

		Running start(boolean again) throws IOException, StackException, InterruptedException;

	}

	/** Runs once the part is ready after a restart, e.g. to record Keycloak's java. */
	@FunctionalInterface
	interface Ready {

		void after(Running running) throws IOException;

	}

	final String part;

	final int instance;

	final String url;

	final Tier tier;

	final Launcher launcher;

	final BooleanSupplier ready;

	final Duration readyTimeout;

	final Ready afterReady;

	final Backoff backoff = new Backoff();

	// The fields below are guarded by the supervisor.
	Running running;

	List<ProcessHandle> lastTree = List.of();

	boolean supervised = true;

	boolean restarting;

	Supervised(String part, int instance, String url, Tier tier, Launcher launcher, BooleanSupplier ready,
			Duration readyTimeout, Ready afterReady) {
		this.part = part;
		this.instance = instance;
		this.url = url;
		this.tier = tier;
		this.launcher = launcher;
		this.ready = ready;
		this.readyTimeout = readyTimeout;
		this.afterReady = afterReady;
	}

	String label() {
		return part + " #" + instance;
	}

	Instance describe() {
		Running current = running;
		return new Instance(part, instance, url, current == null ? 0 : current.pid());
	}

}
