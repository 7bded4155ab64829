package org.carepath.gateway.production;

import java.util.List;

/**
 * Stops a {@code prod} start; the message names every reason, so one restart fixes them
 * all.
 */
class UnsafeProductionConfigurationException extends IllegalStateException {

	private final List<String> problems;

	UnsafeProductionConfigurationException(List<String> problems) {
		super("Refusing to start the gateway with the 'prod' profile: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return this.problems;
	}

}
