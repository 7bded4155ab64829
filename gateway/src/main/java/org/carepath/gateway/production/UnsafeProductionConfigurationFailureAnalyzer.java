package org.carepath.gateway.production;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints the refusal as Boot's plain "APPLICATION FAILED TO START" report, one reason a
 * line, no stack trace.
 */
class UnsafeProductionConfigurationFailureAnalyzer
		extends AbstractFailureAnalyzer<UnsafeProductionConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnsafeProductionConfigurationException cause) {
		return new FailureAnalysis(
				"The gateway refuses to start with the 'prod' profile:\n  - " + String.join("\n  - ", cause.problems()),
				"Give the gateway its production secret and addresses through the environment, and point it at a "
						+ "Keycloak realm without the development demo accounts and partner secrets.",
				cause);
	}

}
