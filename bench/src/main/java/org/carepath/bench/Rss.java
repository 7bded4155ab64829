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
 * Resident memory (VmRSS from /proc) of each part's process tree, in MB: the process the
 * launcher watches and all its descendants (Keycloak's java under kc.sh, PostgreSQL's
 * backends under the postmaster).
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
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | RuntimeException gone) {
			// ended meanwhile: nothing resident
		}
		return 0;
	}

}
