package org.carepath.devstack;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the supervisor waits before restarting a part that died: 1 s, 2 s, 4 s… up to
 * a cap, and from the first delay again once the part had been ready for a while (a part
 * that keeps dying right after starting is not restarted in a tight loop).
 */
final class Backoff {

	static final Duration FIRST = Duration.ofSeconds(1);

	static final Duration MAX = Duration.ofSeconds(30);

	static final Duration STABLE_AFTER = Duration.ofSeconds(60);

	private final Duration first;

	private final Duration max;

	private final Duration stableAfter;

	private int failures;

	private Instant readySince;

	Backoff() {
		this(FIRST, MAX, STABLE_AFTER);
	}

	Backoff(Duration first, Duration max, Duration stableAfter) {
		this.first = first;
		this.max = max;
		this.stableAfter = stableAfter;
	}

	/** The part became ready (again) at this moment. */
	synchronized void ready(Instant at) {
		readySince = at;
	}

	/** The part died (or failed to start) now: the wait before the next start. */
	synchronized Duration next(Instant now) {
		if (readySince != null && Duration.between(readySince, now).compareTo(stableAfter) >= 0) {
			failures = 0;
		}
		readySince = null;
		Duration delay = first.multipliedBy(1L << Math.min(failures, 20));
		failures++;
		return delay.compareTo(max) > 0 ? max : delay;
	}

}
