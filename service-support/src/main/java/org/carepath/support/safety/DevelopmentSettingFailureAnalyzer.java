package org.carepath.support.safety;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the refusal of a development-only setting (demo data, Spring AOT code) into
 * Boot's plain "APPLICATION FAILED TO START" report, without a stack trace.
 */
class DevelopmentSettingFailureAnalyzer extends AbstractFailureAnalyzer<DevelopmentSettingInProductionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DevelopmentSettingInProductionException cause) {
		return new FailureAnalysis(
				"The 'prod' profile is active but the development-only setting '" + cause.property() + "' is on.",
				"Remove it (" + cause.why() + "), or run without the 'prod' profile.", cause);
	}

}
