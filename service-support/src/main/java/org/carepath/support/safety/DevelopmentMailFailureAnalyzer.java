package org.carepath.support.safety;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the mail guard's refusal into Boot's plain "APPLICATION FAILED TO START" report,
 * one reason a line, without a stack trace.
 */
class DevelopmentMailFailureAnalyzer extends AbstractFailureAnalyzer<DevelopmentMailInProductionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DevelopmentMailInProductionException cause) {
		return new FailureAnalysis(
				"The 'prod' profile is active but the mail settings are the development ones:\n  - "
						+ String.join("\n  - ", cause.problems()),
				"Set CAREPATH_SMTP_HOST, CAREPATH_SMTP_PORT, CAREPATH_SMTP_USERNAME and CAREPATH_SMTP_PASSWORD to the "
						+ "clinic's SMTP server (STARTTLS), or run without the 'prod' profile.",
				cause);
	}

}
