package org.carepath.devstack;

import java.util.List;

/**
 * The options of {@code ./carepath up}: {@code --reset}, {@code --fast},
 * {@code --replicas N} (1–5), {@code --brokers 1|3} and {@code --demo-data}, each at most
 * once; a number may also follow an equals sign ({@code --replicas=2}).
 */
record UpOptions(boolean reset, boolean fast, int replicas, int brokers, boolean demoData) {

	static final String USAGE = "usage: ./carepath up [--reset] [--fast] [--replicas N] [--brokers 1|3] [--demo-data]";

	/**
	 * The dev stack's own intake settings: a crisis alert nobody acknowledged escalates
	 * after 2 minutes, not the clinic default of 15 (issue 13), so it can be tried out.
	 */
	static final List<String> DEV_INTAKE_SETTINGS = List.of("--carepath.notifications.escalate-after=2m");

	static UpOptions parse(List<String> args) {
		boolean reset = false;
		boolean fast = false;
		boolean demoData = false;
		Integer replicas = null;
		Integer brokers = null;
		for (int i = 0; i < args.size(); i++) {
			String option = args.get(i);
			String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
			switch (name) {
				case "--reset" -> reset = once(reset, option, name);
				case "--fast" -> fast = once(fast, option, name);
				case "--demo-data" -> demoData = once(demoData, option, name);
				case "--replicas", "--brokers" -> {
					String value;
					if (option.contains("=")) {
						value = option.substring(option.indexOf('=') + 1);
					}
					else if (i + 1 < args.size()) {
						value = args.get(++i);
					}
					else {
						throw new IllegalArgumentException(name + " needs a number — " + USAGE);
					}
					if (name.equals("--replicas")) {
						replicas = number(replicas, name, value, 1, StackPorts.MAX_REPLICAS);
					}
					else {
						brokers = number(brokers, name, value, 1, 3);
						if (brokers == 2) {
							throw new IllegalArgumentException("--brokers must be 1 or 3, not 2 — " + USAGE);
						}
					}
				}
				default -> throw new IllegalArgumentException("unknown option '" + option + "' — " + USAGE);
			}
		}
		return new UpOptions(reset, fast, replicas == null ? 1 : replicas, brokers == null ? 1 : brokers, demoData);
	}

	private static boolean once(boolean seen, String option, String name) {
		if (seen || option.contains("=")) {
			throw new IllegalArgumentException(
					(seen ? name + " given twice" : "unknown option '" + option + "'") + " — " + USAGE);
		}
		return true;
	}

	private static int number(Integer seen, String name, String value, int min, int max) {
		if (seen != null) {
			throw new IllegalArgumentException(name + " given twice — " + USAGE);
		}
		try {
			int number = Integer.parseInt(value.trim());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException notANumber) {
			// reported below
		}
		throw new IllegalArgumentException(
				name + " must be a number from " + min + " to " + max + ", not '" + value + "' — " + USAGE);
	}

	StackConfig config(StackConfig base) {
		return base.withReplicas(replicas)
			.withBrokers(brokers)
			.withFast(fast)
			.withDemoData(demoData)
			.withSettings(App.INTAKE, DEV_INTAKE_SETTINGS.toArray(String[]::new));
	}

}
