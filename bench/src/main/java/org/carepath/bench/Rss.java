package org.carepath.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.carepath.devstack.Instance;

/**
 * Resident memory of each part's process tree, in MB: the process the launcher watches
 * and all its descendants (Keycloak's java under kc.sh, PostgreSQL's backends under the
 * postmaster), each counted by its proportional set size ({@code Pss} from
 * {@code /proc/<pid>/smaps_rollup}): its private pages plus its share of every page it
 * shares, a page mapped by n processes counting 1/n in each. Summing VmRSS instead would
 * count PostgreSQL's shared buffers once per backend (its 45 processes after load: 674 MB
 * VmRSS, 129 MB Pss) and the JDK's shared libraries and class-data archive once per JVM
 * (about 24 MB each). So the parts add up to what the stack takes from the machine; only
 * pages shared with a process outside the stack (the bench's own JVM maps the same JDK)
 * are split with it. A kernel without {@code smaps_rollup} (before Linux 4.14) falls back
 * to VmRSS.
 */
final class Rss {

	/** The parts reported, in this order. */
	static final List<String> PARTS = List.of("gateway", "portal", "intake-service", "referral-service",
			"content-service", "partner-example", "keycloak", "kafka", "postgres", "redis");

	private Rss() {
	}

	/** Per part plus {@code total}. */
	static Map<String, Double> of(List<Instance> instances) {
		Map<String, Double> mb = new LinkedHashMap<>();
		PARTS.forEach(part -> mb.put(part, 0.0));
		for (Instance instance : instances) {
			if (instance.pid() <= 0) {
				continue;
			}
			double tree = ProcessHandle.of(instance.pid())
				.map(root -> Stream.concat(Stream.of(root), root.descendants()).mapToLong(Rss::kilobytes).sum())
				.orElse(0L) / 1024.0;
			mb.merge(instance.part(), tree, Double::sum);
		}
		mb.put("total", mb.values().stream().mapToDouble(Double::doubleValue).sum());
		mb.replaceAll((part, value) -> Math.round(value * 10) / 10.0);
		return mb;
	}

	private static long kilobytes(ProcessHandle process) {
		Path proc = Path.of("/proc", Long.toString(process.pid()));
		try {
			return Files.exists(proc.resolve("smaps_rollup")) ? field(proc.resolve("smaps_rollup"), "Pss:")
					: field(proc.resolve("status"), "VmRSS:");
		}
		catch (IOException | RuntimeException gone) {
			// ended meanwhile: nothing resident
			return 0;
		}
	}

	/** A "Name: 1234 kB" line's number; 0 if there is none. */
	private static long field(Path file, String name) throws IOException {
		for (String line : Files.readAllLines(file)) {
			if (line.startsWith(name)) {
				return Long.parseLong(line.replaceAll("[^0-9]", ""));
			}
		}
		return 0;
	}

}
