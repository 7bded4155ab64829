package org.carepath.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.carepath.devstack.Instance;

/**
 * CPU time each part of the stack spent, read from {@code /proc/<pid>/stat} (user plus
 * system time of the process and its descendants, in clock ticks of 10 ms: Linux's
 * USER_HZ is 100), sampled in the background while load runs. Divided by the requests
 * answered in the same window it gives the CPU milliseconds one request costs each part —
 * on a machine whose cores are all busy, what bounds a rate and a ratio (bench/README.md,
 * "Where the time goes"). What a part spends without load (measured just before) is
 * subtracted. The load generator (this JVM: Gatling, the Kafka listener) is the part
 * {@code bench}.
 */
final class CpuMeter implements AutoCloseable {

	static final String LOAD_GENERATOR = "bench";

	private static final double MS_PER_TICK = 10;

	private final List<Instance> instances;

	private final List<Reading> readings = new ArrayList<>();

	private final Thread sampler;

	private volatile boolean running = true;

	private record Reading(long nanoTime, Map<String, Long> ticks) {
	}

	private CpuMeter(List<Instance> instances) {
		this.instances = List.copyOf(instances);
		this.sampler = Thread.ofPlatform().daemon().name("cpu-meter").unstarted(this::sample);
	}

	/** What each part spends per second with no load (its timers, health checks, GC). */
	private Map<String, Double> idleMillisPerSecond = Map.of();

	/**
	 * Starts sampling every 200 ms until {@link #close}, after measuring for {@code idle}
	 * what the parts spend without load: that is subtracted, so a figure is what the
	 * requests cost.
	 */
	static CpuMeter start(List<Instance> instances, Duration idle) throws InterruptedException {
		CpuMeter meter = new CpuMeter(instances);
		meter.read();
		meter.sampler.start();
		long from = System.nanoTime();
		Thread.sleep(idle.toMillis());
		long to = System.nanoTime();
		Map<String, Double> idleRate = new LinkedHashMap<>();
		meter.millisBetween(from, to).forEach((part, ms) -> idleRate.put(part, ms * 1e9 / (to - from)));
		meter.idleMillisPerSecond = idleRate;
		return meter;
	}

	private void sample() {
		while (this.running) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException stopped) {
				return;
			}
			read();
		}
	}

	private void read() {
		Map<String, Long> ticks = new LinkedHashMap<>();
		ticks.put(LOAD_GENERATOR, ticksOf(ProcessHandle.current().pid()));
		for (Instance instance : this.instances) {
			if (instance.pid() <= 0) {
				continue;
			}
			long tree = ProcessHandle.of(instance.pid())
				.map(root -> Stream.concat(Stream.of(root), root.descendants())
					.mapToLong(process -> ticksOf(process.pid()))
					.sum())
				.orElse(0L);
			ticks.merge(instance.part(), tree, Long::sum);
		}
		synchronized (this.readings) {
			this.readings.add(new Reading(System.nanoTime(), ticks));
		}
	}

	/**
	 * CPU milliseconds per part between two instants ({@link System#nanoTime}), from the
	 * readings nearest inside the window, scaled to its whole length.
	 */
	Map<String, Double> millisBetween(long fromNanos, long toNanos) {
		Reading first = null;
		Reading last = null;
		synchronized (this.readings) {
			for (Reading reading : this.readings) {
				if (reading.nanoTime() >= fromNanos && reading.nanoTime() <= toNanos) {
					first = (first == null) ? reading : first;
					last = reading;
				}
			}
		}
		Map<String, Double> millis = new LinkedHashMap<>();
		if (first == null || last == first) {
			return millis;
		}
		double scale = (double) (toNanos - fromNanos) / (last.nanoTime() - first.nanoTime());
		for (Map.Entry<String, Long> part : last.ticks().entrySet()) {
			long before = first.ticks().getOrDefault(part.getKey(), part.getValue());
			millis.put(part.getKey(), Math.max(0, part.getValue() - before) * MS_PER_TICK * scale);
		}
		return millis;
	}

	/**
	 * CPU milliseconds per request and part over the given windows, rounded to 0.01 ms,
	 * plus {@code total}; parts that did not measurably work are left out.
	 */
	Map<String, Double> perRequest(List<long[]> windows, long requests) {
		Map<String, Double> sum = new LinkedHashMap<>();
		for (long[] window : windows) {
			double seconds = (window[1] - window[0]) / 1e9;
			millisBetween(window[0], window[1]).forEach((part, ms) -> sum.merge(part,
					Math.max(0, ms - this.idleMillisPerSecond.getOrDefault(part, 0.0) * seconds), Double::sum));
		}
		Map<String, Double> per = new LinkedHashMap<>();
		if (requests <= 0) {
			return per;
		}
		double total = 0;
		for (Map.Entry<String, Double> part : sum.entrySet()) {
			double ms = part.getValue() / requests;
			total += ms;
			if (ms >= 0.005) {
				per.put(part.getKey(), BenchMain.round(ms, 2));
			}
		}
		per.put("total", BenchMain.round(total, 2));
		return per;
	}

	@Override
	public void close() {
		this.running = false;
		this.sampler.interrupt();
	}

	private static long ticksOf(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// the command name (field 2) may hold spaces: count from its closing
			// parenthesis
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime are fields 14 and 15 of stat, 12 and 13 after the name
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException gone) {
			return 0;
		}
	}

}
