package org.carepath.intake.instrument;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A FHIR {@code enableWhen} condition: the item is asked only when the answer to
 * {@code question} satisfies {@code operator} against {@code answer}. Supported answers:
 * an {@link Integer} ({@code answerInteger}), a {@link Coding} ({@code answerCoding},
 * compared by code) or a {@link Boolean} (with {@code exists}).
 */
public record EnableWhen(String question, Operator operator, Object answer) {

	/**
	 * Whether the condition holds for the given answer: an answer code ({@link String}),
	 * a whole number ({@link Integer}) or {@code null} when the question was not
	 * answered.
	 */
	public boolean isMetBy(@Nullable Object given) {
		if (this.operator == Operator.EXISTS) {
			return (given != null) == (Boolean) this.answer;
		}
		if (given == null) {
			return false;
		}
		if (this.answer instanceof Coding coding) {
			boolean equal = coding.code().equals(given);
			return (this.operator == Operator.EQUALS) ? equal : !equal;
		}
		if (!(given instanceof Integer value)) {
			return false;
		}
		int expected = (Integer) this.answer;
		return switch (this.operator) {
			case EQUALS -> value == expected;
			case NOT_EQUALS -> value != expected;
			case GREATER -> value > expected;
			case LESS -> value < expected;
			case GREATER_OR_EQUAL -> value >= expected;
			case LESS_OR_EQUAL -> value <= expected;
			case EXISTS -> throw new IllegalStateException("handled above");
		};
	}

	/** FHIR's {@code questionnaire-enable-operator} codes. */
	public enum Operator {

		EXISTS("exists"), EQUALS("="), NOT_EQUALS("!="), GREATER(">"), LESS("<"), GREATER_OR_EQUAL(">="),
		LESS_OR_EQUAL("<=");

		private final String code;

		Operator(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

		static @Nullable Operator of(String code) {
			return Arrays.stream(values()).filter(operator -> operator.code.equals(code)).findFirst().orElse(null);
		}

	}

}
