package org.carepath.intake.instrument;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One item of an instrument. {@code display} items are text only and take no answer. A
 * {@code choice} item is {@code scored} when its options carry ordinal values;
 * {@code integer} items (CRAFFT's day counts) never add to the score.
 * {@code minValue}/{@code maxValue} bound integer answers and are {@code null} for other
 * types.
 */
public record Item(String linkId, String text, Type type, boolean required, boolean scored, List<Coding> codes,
		List<AnswerOption> answerOptions, @Nullable Integer minValue, @Nullable Integer maxValue,
		List<EnableWhen> enableWhen, EnableBehavior enableBehavior) {

	public Item {
		codes = List.copyOf(codes);
		answerOptions = List.copyOf(answerOptions);
		enableWhen = List.copyOf(enableWhen);
	}

	/** Whether the item takes an answer (everything but display text). */
	public boolean isQuestion() {
		return this.type != Type.DISPLAY;
	}

	public boolean isConditional() {
		return !this.enableWhen.isEmpty();
	}

	public Optional<AnswerOption> option(String code) {
		return this.answerOptions.stream().filter(option -> option.code().equals(code)).findFirst();
	}

	public boolean hasCode(String system, String code) {
		return this.codes.stream().anyMatch(coding -> coding.is(system, code));
	}

	public enum Type {

		DISPLAY, CHOICE, INTEGER

	}

	public enum EnableBehavior {

		ALL, ANY

	}

}
