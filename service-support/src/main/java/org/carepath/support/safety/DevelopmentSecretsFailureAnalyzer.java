package org.carepath.support.safety;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the guard's refusal into Boot's plain "APPLICATION FAILED TO START" report,
 * without a stack trace.
 */
class DevelopmentSecretsFailureAnalyzer extends AbstractFailureAnalyzer<DevelopmentSecretsInProductionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DevelopmentSecretsInProductionException cause) {
		return new FailureAnalysis(
				"The 'prod' profile is active but these properties still hold development secrets (values ending in '-dev'): "
						+ String.join(", ", cause.properties()),
				"Set real secrets for them (environment variables or a secret store), or run without the 'prod' profile.",
				cause);
	}

}
