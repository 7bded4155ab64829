package org.carepath.intake.scoring;

import java.util.List;

/**
 * Every refused answer, in questionnaire order (unknown linkIds last): empty when the
 * answers can be scored.
 */
public record ValidationResult(List<InvalidAnswer> errors) {

	public ValidationResult {
		errors = List.copyOf(errors);
	}

	public boolean isValid() {
		return this.errors.isEmpty();
	}

	public List<String> linkIds() {
		return this.errors.stream().map(InvalidAnswer::linkId).toList();
	}

}
