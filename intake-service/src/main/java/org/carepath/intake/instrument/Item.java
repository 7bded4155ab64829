package org.carepath.intake.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

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

	/**
	 * Whether the question is asked, by its {@code enableWhen} conditions combined as
	 * {@code enableBehavior} says: the one evaluation of the skip rules. {@code answers}
	 * holds the answers known to be valid (an answer code or an {@link Integer}); a
	 * condition on a question for which {@code undecided} holds (its answer is invalid,
	 * or required and missing) counts for neither side, so the outcome is
	 * {@link Asked#UNDECIDED} unless the other conditions settle it.
	 */
	public Asked asked(Map<String, ?> answers, Predicate<String> undecided) {
		if (!isConditional()) {
			return Asked.YES;
		}
		boolean open = false;
		List<Boolean> outcomes = new ArrayList<>();
		for (EnableWhen condition : this.enableWhen) {
			if (undecided.test(condition.question())) {
				open = true;
			}
			else {
				outcomes.add(condition.isMetBy(answers.get(condition.question())));
			}
		}
		return switch (this.enableBehavior) {
			case ANY -> outcomes.contains(true) ? Asked.YES : (open ? Asked.UNDECIDED : Asked.NO);
			case ALL -> outcomes.contains(false) ? Asked.NO : (open ? Asked.UNDECIDED : Asked.YES);
		};
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

	/**
	 * Whether a question is asked given the other answers; undecided while a question it
	 * depends on has no valid answer yet.
	 */
	public enum Asked {

		YES, NO, UNDECIDED

	}

}
