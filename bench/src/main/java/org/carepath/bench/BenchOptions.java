package org.carepath.bench;

import java.util.List;
import java.util.Set;

/**
 * The options of {@code ./carepath bench}: {@code --only <scenario>[,<scenario>…]} (of
 * {@link #SCENARIOS}, on a stack started once, without a cold start) and {@code --smoke}
 * (tiny durations: checks that every figure comes out, measures nothing worth keeping).
 */
record BenchOptions(Set<String> only, boolean smoke) {

	static final List<String> SCENARIOS = List.of("start", "article", "jwt", "page", "submissions", "limit", "events",
			"memory");

	static final String USAGE = "usage: ./carepath bench [--only " + String.join("|", SCENARIOS) + "[,…]] [--smoke]";

	static BenchOptions parse(List<String> given) {
		List<String> args = given.stream()
			.flatMap(arg -> arg.startsWith("--only=") ? java.util.stream.Stream.of("--only", arg.substring(7))
					: java.util.stream.Stream.of(arg))
			.toList();
		Set<String> only = null;
		boolean smoke = false;
		for (int i = 0; i < args.size(); i++) {
			String option = args.get(i);
			if (option.equals("--smoke") && !smoke) {
				smoke = true;
			}
			else if (option.equals("--only") && only == null && i + 1 < args.size()) {
				only = Set.of(args.get(++i).split(","));
				for (String scenario : only) {
					if (!SCENARIOS.contains(scenario)) {
						throw new IllegalArgumentException("unknown scenario '" + scenario + "' — " + USAGE);
					}
				}
			}
			else {
				throw new IllegalArgumentException("unexpected option '" + option + "' — " + USAGE);
			}
		}
		return new BenchOptions(only, smoke);
	}

	/** Whether this run measures the scenario. */
	boolean runs(String scenario) {
		return this.only == null || this.only.contains(scenario);
	}

	/** Whether this run measures any of them. */
	boolean runsAny(Set<String> scenarios) {
		return scenarios.stream().anyMatch(this::runs);
	}

}
