package org.carepath.intake.scoring;

import java.util.Objects;

/**
 * What scoring needs to know about the person answering: only sex, for AUDIT-C's
 * sex-specific cut-off.
 */
public record Respondent(Sex sex) {

	public Respondent {
		Objects.requireNonNull(sex, "sex (use Sex.NOT_GIVEN when it is not known)");
	}

	public static Respondent of(Sex sex) {
		return new Respondent(sex);
	}

	public static Respondent sexNotGiven() {
		return new Respondent(Sex.NOT_GIVEN);
	}

	public enum Sex {

		FEMALE, MALE, OTHER, NOT_GIVEN

	}

}
