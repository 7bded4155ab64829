package org.carepath.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the simulations saw, per request name, recorded from the client side as each
 * response arrives (the same responses Gatling's report shows): answered 2xx or not, and
 * the response time in milliseconds. The simulations run in this JVM, so the bench reads
 * the figures here rather than parsing Gatling's report.
 */
final class Samples {

	private static final Map<String, Samples> BY_NAME = new ConcurrentHashMap<>();

	private long[] times = new long[1024];

	private int ok;

	private int failed;

	static Samples of(String name) {
		return BY_NAME.computeIfAbsent(name, key -> new Samples());
	}

	static void clear() {
		BY_NAME.clear();
	}

	synchronized void ok(long millis) {
		if (this.ok == this.times.length) {
			this.times = Arrays.copyOf(this.times, this.times.length * 2);
		}
		this.times[this.ok++] = millis;
	}

	synchronized void failed() {
		this.failed++;
	}

	synchronized int okCount() {
		return this.ok;
	}

	synchronized int failedCount() {
		return this.failed;
	}

	/** The p-th percentile (0–100) of the successful responses' times, 0 when none. */
	synchronized double percentile(double p) {
		return Percentiles.of(Arrays.copyOf(this.times, this.ok), p);
	}

}
