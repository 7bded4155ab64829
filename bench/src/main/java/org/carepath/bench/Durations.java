package org.carepath.bench;

import java.time.Duration;

/**
 * How long and how hard each scenario runs: the full bench (about 13 minutes with both
 * starts and the AOT training on two cores), or a smoke run that only checks that every
 * figure comes out.
 */
record Durations(Duration warmupPhase, int readUsers, Duration readPhase, int readRounds, int firstRate, int rateStep,
		int maxSteps, Duration step, Duration eventStep, int jdbcThreads, Duration jdbc, Duration idle,
		Duration idleCpu) {

	static Durations full() {
		return new Durations(Duration.ofSeconds(6), 8, Duration.ofSeconds(10), 2, 20, 10, 20, Duration.ofSeconds(12),
				Duration.ofSeconds(30), 4, Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(6));
	}

	static Durations smoke() {
		return new Durations(Duration.ofSeconds(1), 2, Duration.ofSeconds(2), 1, 5, 5, 2, Duration.ofSeconds(2),
				Duration.ofSeconds(3), 2, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1));
	}

}
