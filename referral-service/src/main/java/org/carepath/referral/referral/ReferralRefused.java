package org.carepath.referral.referral;

import java.util.List;

import org.carepath.referral.consent.ConsentViolation;

/**
 * The referral cannot be made as requested: every field that breaks a rule (the request's
 * own, or the program's) and every consent element the consent gate refused. Nothing was
 * stored or sent.
 */
class ReferralRefused extends RuntimeException {

	private final List<FieldProblem> problems;

	private final List<ConsentViolation> violations;

	ReferralRefused(List<FieldProblem> problems, List<ConsentViolation> violations) {
		// Field names only: the values may be health data.
		super("Referral refused: " + problems.stream().map(FieldProblem::field).toList() + ", consent "
				+ violations.stream().map(ConsentViolation::element).toList());
		this.problems = List.copyOf(problems);
		this.violations = List.copyOf(violations);
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

	List<ConsentViolation> violations() {
		return this.violations;
	}

	/** Whether the consent itself is at fault, not only the referral. */
	boolean consentRefused() {
		return !this.violations.isEmpty();
	}

}
