package org.carepath.intake.scoring;

/**
 * One answer the scorer refused, by linkId. The message never repeats the value given:
 * answers are health data.
 */
public record InvalidAnswer(String linkId, Reason reason, String message) {

	public enum Reason {

		/** A required question that is asked was not answered. */
		MISSING,
		/** No item of the instrument has this linkId. */
		UNKNOWN_ITEM,
		/** The item is display text and takes no answer. */
		NOT_A_QUESTION,
		/** A choice answer that is not a string code. */
		NOT_A_CODE,
		/** A code that is not one of the item's answer options. */
		UNKNOWN_OPTION,
		/** A count that is not a whole number. */
		NOT_AN_INTEGER,
		/** A count outside the item's bounds. */
		OUT_OF_RANGE,
		/**
		 * Answered, but the skip rule says the question is not asked (CRAFFT Part B with
		 * no use in Part A).
		 */
		NOT_ASKED

	}

}
