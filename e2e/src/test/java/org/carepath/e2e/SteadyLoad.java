package org.carepath.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A steady stream of requests, one started every {@code interval} whatever the answers
 * take (so a slow or dead instance shows as failures, not as a slower stream), each on a
 * virtual thread. Every request reports its outcome: acknowledged with the id the system
 * gave it, or failed with why. The fault tests count both.
 */
final class SteadyLoad {

	/** What one request came to. */
	record Outcome(boolean acknowledged, String id, String why) {

		static Outcome acked(String id) {
			return new Outcome(true, id, "");
		}

		static Outcome failed(String why) {
			return new Outcome(false, "", why);
		}

	}

	private final Duration interval;

	private final IntFunction<Outcome> request;

	private final List<Future<Outcome>> sent = new ArrayList<>();

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	private volatile boolean stopped;

	private Thread pacer;

	/**
	 * @param request sends request number n (from 0) and says what came of it; it must
	 * not throw
	 */
	SteadyLoad(Duration interval, IntFunction<Outcome> request) {
		this.interval = interval;
		this.request = request;
	}

	SteadyLoad start() {
		this.pacer = Thread.ofPlatform().name("steady-load").start(() -> {
			Instant next = Instant.now();
			for (int n = 0; !this.stopped; n++) {
				int number = n;
				synchronized (this.sent) {
					this.sent.add(this.threads.submit(() -> this.request.apply(number)));
				}
				next = next.plus(this.interval);
				long wait = Duration.between(Instant.now(), next).toMillis();
				if (wait > 0) {
					try {
						Thread.sleep(wait);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}
		});
		return this;
	}

	/** Stops sending and waits for every answer (each request has its own timeout). */
	Results stop() throws Exception {
		this.stopped = true;
		this.pacer.join();
		List<Outcome> outcomes = new ArrayList<>();
		synchronized (this.sent) {
			for (Future<Outcome> future : this.sent) {
				outcomes.add(future.get());
			}
		}
		this.threads.shutdown();
		return new Results(outcomes);
	}

	/** Every request sent, in order. */
	record Results(List<Outcome> outcomes) {

		int sent() {
			return this.outcomes.size();
		}

		List<String> acknowledgedIds() {
			return this.outcomes.stream().filter(Outcome::acknowledged).map(Outcome::id).toList();
		}

		int failed() {
			return (int) this.outcomes.stream().filter(outcome -> !outcome.acknowledged()).count();
		}

		/** How many failed for each reason, e.g. {@code 503=2, connect refused=1}. */
		Map<String, Integer> failures() {
			Map<String, Integer> why = new ConcurrentHashMap<>();
			this.outcomes.stream()
				.filter(outcome -> !outcome.acknowledged())
				.forEach(outcome -> why.merge(outcome.why(), 1, Integer::sum));
			return new TreeMap<>(why);
		}

	}

}
