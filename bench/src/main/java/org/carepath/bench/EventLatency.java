package org.carepath.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * From a submission's commit to a consumer's receipt of its event on
 * {@code intake.screenings.v1}. The start is the moment the submission's 2xx response
 * reached the client: intake commits before it answers, so this is the commit plus the
 * response's way back (well under a millisecond on loopback), and it is read with the
 * same clock as the receipt. The CloudEvent's {@code time} is not used: intake takes it
 * from its clock when the transaction begins, before the writes and the commit.
 */
final class EventLatency {

	private static final Map<String, Long> RESPONDED = new ConcurrentHashMap<>();

	private static final Map<String, Long> RECEIVED = new ConcurrentHashMap<>();

	private EventLatency() {
	}

	static void clear() {
		RESPONDED.clear();
		RECEIVED.clear();
	}

	static void responded(String screeningId, long nanoTime) {
		RESPONDED.put(screeningId, nanoTime);
	}

	/** The event's key is the screening id. */
	static void received(String screeningId, long nanoTime) {
		RECEIVED.putIfAbsent(screeningId, nanoTime);
	}

	/**
	 * Microseconds from response to receipt for every acknowledged submission whose event
	 * arrived; an event that arrived before its response was read counts as 0.
	 */
	static long[] latenciesMicros() {
		return RESPONDED.entrySet()
			.stream()
			.filter(entry -> RECEIVED.containsKey(entry.getKey()))
			.mapToLong(entry -> Math.max(0, (RECEIVED.get(entry.getKey()) - entry.getValue()) / 1_000))
			.toArray();
	}

	/**
	 * The {@code n} slowest events: seconds from the step's first response to the event's
	 * response, and its latency in ms (to tell a stall that hits a moment from a steady
	 * tail).
	 */
	static String worst(int n) {
		long first = RESPONDED.values().stream().mapToLong(Long::longValue).min().orElse(0);
		return RESPONDED.entrySet()
			.stream()
			.filter(entry -> RECEIVED.containsKey(entry.getKey()))
			.sorted(java.util.Comparator
				.comparingLong((Map.Entry<String, Long> entry) -> entry.getValue() - RECEIVED.get(entry.getKey())))
			.limit(n)
			.map(entry -> String.format(java.util.Locale.ROOT, "%.0f ms at %.1f s",
					(RECEIVED.get(entry.getKey()) - entry.getValue()) / 1e6, (entry.getValue() - first) / 1e9))
			.collect(java.util.stream.Collectors.joining(", "));
	}

	static int acknowledged() {
		return RESPONDED.size();
	}

}
