package org.carepath.intake.instrument;

import org.jspecify.annotations.Nullable;

/**
 * One permitted answer to a choice item. {@code ordinalValue} is the points it scores,
 * taken from the FHIR {@code ordinalValue} extension: the Questionnaire is the single
 * source of item scores. It is {@code null} only on items flagged unscored (PHQ-9 item
 * 10).
 */
public record AnswerOption(Coding coding, @Nullable Integer ordinalValue) {

	public String code() {
		return this.coding.code();
	}

}
