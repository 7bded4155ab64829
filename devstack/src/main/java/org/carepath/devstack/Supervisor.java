package org.carepath.devstack;

import org.carepath.devstack.Supervised.Running;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps the stack's parts running, as Kubernetes would: a watched part that dies is
 * started again after a {@link Backoff} delay, and its new process announced. Nothing is
 * restarted once {@link #close} has begun, nor a part whose supervision a test has turned
 * off.
 */
final class Supervisor implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Supervisor.class);

	private static final Duration POLL = Duration.ofMillis(250);

	private final Consumer<String> output;

	private final Runnable changed;

	private final List<Supervised> members = new ArrayList<>();

	private final List<Thread> restarts = new ArrayList<>();

	private final Thread watcher;

	private boolean closed;

	/**
	 * @param output hears every death and recovery ("intake-service #2 died (exit 137);
	 * restarting in 1 s…")
	 * @param changed runs whenever an instance got a new process (instances.json)
	 */
	Supervisor(Consumer<String> output, Runnable changed) {
		this.output = output;
		this.changed = changed;
		this.watcher = Thread.ofPlatform().daemon().name("carepath-supervisor").unstarted(this::watch);
		this.watcher.start();
	}

	/** Watches a part that is running and ready. */
	void watch(Supervised member, Running running) {
		synchronized (this) {
			member.running = running;
			member.lastTree = running.tree();
			if (!members.contains(member)) {
				members.add(member);
			}
		}
		member.backoff.ready(Instant.now());
		changed.run();
	}

	synchronized List<Instance> instances() {
		return members.stream()
			.sorted(Comparator.comparing((Supervised member) -> member.tier)
				.thenComparing(member -> member.part)
				.thenComparingInt(member -> member.instance))
			.map(Supervised::describe)
			.toList();
	}

	synchronized Optional<Supervised> find(String part, int instance) {
		return members.stream().filter(member -> member.part.equals(part) && member.instance == instance).findFirst();
	}

	synchronized List<Supervised> all(String part) {
		return members.stream().filter(member -> member.part.equals(part)).toList();
	}

	synchronized List<Supervised> members() {
		return List.copyOf(members);
	}

	/**
	 * Turns supervision of every instance of a part off (it stays down when it dies) or
	 * on again (one that is down now is restarted).
	 */
	void supervise(String part, boolean on) {
		synchronized (this) {
			for (Supervised member : members) {
				if (member.part.equals(part)) {
					member.supervised = on;
				}
			}
		}
	}

	/**
	 * SIGKILL to the member's current process and what it started, as a crash would;
	 * returns once it is gone. Restarted like any other death if supervised.
	 */
	void kill(Supervised member) {
		Running running;
		synchronized (this) {
			running = member.running;
		}
		if (running == null) {
			return;
		}
		running.kill();
		Instant deadline = Instant.now().plusSeconds(10);
		while (running.isRunning() && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		if (running.isRunning()) {
			log.warn("{} still runs 10 s after SIGKILL", member.label());
		}
	}

	/** True while the member runs, is not being restarted, and answers as ready. */
	boolean isReady(Supervised member) {
		Running running;
		synchronized (this) {
			if (member.restarting || member.running == null) {
				return false;
			}
			running = member.running;
		}
		return running.isRunning() && member.ready.getAsBoolean();
	}

	synchronized boolean isClosed() {
		return closed;
	}

	private void watch() {
		int round = 0;
		while (!isClosed()) {
			for (Supervised member : members()) {
				check(member, round % 8 == 0);
			}
			round++;
			try {
				Thread.sleep(POLL);
			}
			catch (InterruptedException stop) {
				return;
			}
		}
	}

	private void check(Supervised member, boolean refreshTree) {
		Running running;
		synchronized (this) {
			if (closed || member.restarting || member.running == null) {
				return;
			}
			running = member.running;
		}
		if (running.isRunning()) {
			if (refreshTree) {
				// kept so that what it started can be stopped once it is gone
				List<ProcessHandle> tree = running.tree();
				synchronized (this) {
					member.lastTree = tree;
				}
			}
			return;
		}
		synchronized (this) {
			if (closed || !member.supervised || member.running != running) {
				return;
			}
			member.restarting = true;
			Thread restart = Thread.ofVirtual()
				.name("carepath-restart-" + member.label())
				.unstarted(() -> restart(member, running.ending()));
			restarts.removeIf(thread -> !thread.isAlive());
			restarts.add(restart);
			restart.start();
		}
	}

	private void restart(Supervised member, String ending) {
		Instant died = Instant.now();
		String what = "died (" + ending + ")";
		try {
			while (true) {
				stopLeftovers(member);
				Duration delay = member.backoff.next(Instant.now());
				say(member.label() + " " + what + "; restarting in " + seconds(delay) + "…");
				if (!pause(member, delay)) {
					return;
				}
				Running fresh;
				try {
					fresh = member.launcher.start(true);
				}
				catch (Exception e) {
					log.warn("{} did not start", member.label(), e);
					what = "did not start (" + e.getMessage() + ")";
					continue;
				}
				synchronized (this) {
					if (closed) {
						ProcessTrees.stop(fresh.tree(), Instant.now().plusSeconds(3));
						return;
					}
					member.running = fresh;
					member.lastTree = fresh.tree();
				}
				changed.run();
				Optional<String> failure = awaitReady(member, fresh);
				if (failure.isEmpty()) {
					member.backoff.ready(Instant.now());
					member.afterReady.after(fresh);
					synchronized (this) {
						member.lastTree = fresh.tree();
					}
					say(member.label() + " ready again after " + seconds(Duration.between(died, Instant.now())) + ".");
					return;
				}
				if (isClosed()) {
					return;
				}
				what = failure.get();
			}
		}
		catch (InterruptedException stopping) {
			// close() interrupts restarts under way
		}
		catch (Exception e) {
			log.error("Restarting {} failed", member.label(), e);
			say(member.label() + " could not be restarted: " + e.getMessage());
		}
		finally {
			synchronized (this) {
				member.restarting = false;
			}
		}
	}

	/**
	 * @return empty once ready, else why it is not (it is then stopped)
	 */
	private Optional<String> awaitReady(Supervised member, Running fresh) throws InterruptedException {
		Instant deadline = Instant.now().plus(member.readyTimeout);
		while (!member.ready.getAsBoolean()) {
			if (isClosed()) {
				return Optional.of("stopped");
			}
			if (!fresh.isRunning()) {
				return Optional.of("stopped while starting (" + fresh.ending() + ")");
			}
			if (Instant.now().isAfter(deadline)) {
				ProcessTrees.stop(fresh.tree(), Instant.now().plusSeconds(5));
				return Optional.of("was not ready after " + member.readyTimeout.toSeconds() + " s");
			}
			Thread.sleep(POLL);
		}
		return Optional.empty();
	}

	/** Waits out the delay; false if meanwhile the stack stops or supervision is off. */
	private boolean pause(Supervised member, Duration delay) throws InterruptedException {
		Instant until = Instant.now().plus(delay);
		while (Instant.now().isBefore(until)) {
			synchronized (this) {
				if (closed || !member.supervised) {
					if (!closed) {
						say(member.label() + " is not supervised any more: left stopped.");
					}
					return false;
				}
			}
			Thread.sleep(Math.min(100, Math.max(1, Duration.between(Instant.now(), until).toMillis())));
		}
		return !isClosed();
	}

	/** What the dead process had started (Keycloak's java under kc.sh) goes too. */
	private void stopLeftovers(Supervised member) {
		List<ProcessHandle> tree;
		synchronized (this) {
			tree = member.lastTree;
		}
		List<ProcessHandle> alive = ProcessTrees.alive(tree);
		if (!alive.isEmpty()) {
			ProcessTrees.stop(alive, Instant.now().plusSeconds(5));
		}
	}

	private void say(String message) {
		log.info(message);
		output.accept(message);
	}

	private static String seconds(Duration duration) {
		long millis = duration.toMillis();
		return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
	}

	/**
	 * Stops watching and restarting; a restart under way is abandoned (what it launched
	 * is stopped by it, or by whoever closes the stack). Returns within a few seconds.
	 */
	@Override
	public void close() {
		List<Thread> running;
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
			running = List.copyOf(restarts);
		}
		watcher.interrupt();
		running.forEach(Thread::interrupt);
		Instant deadline = Instant.now().plusSeconds(3);
		for (Thread thread : running) {
			try {
				thread.join(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
