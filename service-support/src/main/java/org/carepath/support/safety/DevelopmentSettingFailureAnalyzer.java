package org.carepath.support.safety;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the demo-data guard's refusal into Boot's plain "APPLICATION FAILED TO START"
 * report, without a stack trace.
 */
class DevelopmentSettingFailureAnalyzer extends AbstractFailureAnalyzer<DevelopmentSettingInProductionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DevelopmentSettingInProductionException cause) {
		return new FailureAnalysis(
				"The 'prod' profile is active but the development-only setting '" + cause.property() + "' is on.",
				"Remove it (it imports demo records without a token), or run without the 'prod' profile.", cause);
	}

}
