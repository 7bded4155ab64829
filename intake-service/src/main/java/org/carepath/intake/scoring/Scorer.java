package org.carepath.intake.scoring;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.Item;
import org.carepath.intake.scoring.InvalidAnswer.Reason;

/**
 * Scores a screening on the server from the raw answers: validate everything first, then
 * sum the items' ordinal values from the Questionnaire, then let the instrument's rules
 * ({@link InstrumentRules}) band the total and suggest a next step. Pure and stateless.
 * <p>
 * Answers map a linkId to an answer code ({@link String}) for choice items or a whole
 * number for integer items (CRAFFT's day counts). A {@code null} value counts as not
 * answered.
 */
public final class Scorer {

	private Scorer() {
	}

	/**
	 * Scores valid answers; throws {@link InvalidAnswersException} listing every bad
	 * linkId otherwise.
	 */
	public static ScoreResult score(Instrument instrument, Map<String, ?> answers, Respondent respondent) {
		Objects.requireNonNull(respondent, "respondent");
		InstrumentRules rules = rulesFor(instrument);
		ValidationResult validation = validate(instrument, answers);
		if (!validation.isValid()) {
			throw new InvalidAnswersException(instrument.id(), validation);
		}
		return rules.interpret(Tally.of(instrument, answers), respondent);
	}

	/**
	 * Checks answers against the instrument: unknown linkIds, answers to display text,
	 * codes that are not options, counts that are not whole numbers or out of bounds,
	 * required questions left out, and answers to questions a skip rule leaves out. Every
	 * problem is listed, one per linkId.
	 */
	public static ValidationResult validate(Instrument instrument, Map<String, ?> answers) {
		Checked checked = Checked.of(instrument, answers);
		Map<String, InvalidAnswer> problems = checked.problems();
		for (Item item : instrument.questions()) {
			boolean answered = answers.get(item.linkId()) != null;
			Item.Asked asked = checked.asked(item);
			if (asked == Item.Asked.NO && answered) {
				// Whatever the value, a question that is not asked must not carry an
				// answer.
				problems.put(item.linkId(), new InvalidAnswer(item.linkId(), Reason.NOT_ASKED,
						"not asked given the other answers (skip rule), so it must be left out"));
			}
			else if (asked == Item.Asked.YES && item.required() && !answered) {
				problems.put(item.linkId(),
						new InvalidAnswer(item.linkId(), Reason.MISSING, "required, but not answered"));
			}
		}
		List<InvalidAnswer> errors = new ArrayList<>();
		instrument.items()
			.stream()
			.map(item -> problems.get(item.linkId()))
			.filter(Objects::nonNull)
			.forEach(errors::add);
		errors.addAll(checked.unknown().values());
		return new ValidationResult(errors);
	}

	/**
	 * The answers without those to questions the skip rules leave out (the ones
	 * {@link #validate} refuses as {@link Reason#NOT_ASKED}), for a form that sends what
	 * it had before the person changed an earlier answer. Everything else, valid or not,
	 * is kept for {@link #validate} to judge.
	 */
	public static Map<String, Object> withoutUnasked(Instrument instrument, Map<String, ?> answers) {
		Checked checked = Checked.of(instrument, answers);
		Map<String, Object> kept = new LinkedHashMap<>(answers);
		for (Item item : instrument.questions()) {
			if (answers.get(item.linkId()) != null && checked.asked(item) == Item.Asked.NO) {
				kept.remove(item.linkId());
			}
		}
		return kept;
	}

	/**
	 * Fails fast when an instrument has no scoring rules or its data do not fit them (run
	 * at start).
	 */
	public static void checkScorable(Instrument instrument) {
		rulesFor(instrument).check(instrument);
	}

	private static InstrumentRules rulesFor(Instrument instrument) {
		return InstrumentRules.forId(instrument.id())
			.orElseThrow(() -> new IllegalStateException("No scoring rules for instrument " + instrument.id()));
	}

	private static @Nullable InvalidAnswer checkValue(Item item, Object value) {
		String linkId = item.linkId();
		return switch (item.type()) {
			case CHOICE -> {
				if (!(value instanceof String code)) {
					yield new InvalidAnswer(linkId, Reason.NOT_A_CODE, "must be an answer code (a string)");
				}
				yield item.option(code).isPresent() ? null
						: new InvalidAnswer(linkId, Reason.UNKNOWN_OPTION,
								"not one of this question's answer codes: " + String.join(", ",
										item.answerOptions().stream().map(option -> option.code()).toList()));
			}
			case INTEGER -> {
				if (!isWholeNumber(value)) {
					yield new InvalidAnswer(linkId, Reason.NOT_AN_INTEGER, "must be a whole number");
				}
				BigInteger number = new BigInteger(value.toString());
				boolean inRange = number.compareTo(BigInteger.valueOf(item.minValue())) >= 0
						&& number.compareTo(BigInteger.valueOf(item.maxValue())) <= 0;
				yield inRange ? null : new InvalidAnswer(linkId, Reason.OUT_OF_RANGE,
						"must be between " + item.minValue() + " and " + item.maxValue());
			}
			case DISPLAY -> throw new IllegalStateException("display items are handled before");
		};
	}

	/** Integral types only: 2.5, "3" or true are not day counts, and neither is 3.0. */
	static boolean isWholeNumber(Object value) {
		return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
				|| value instanceof BigInteger;
	}

	/** Codes stay strings; whole numbers (already range-checked) become Integer. */
	static Object normalized(Object value) {
		return isWholeNumber(value) ? Integer.valueOf(((Number) value).intValue()) : value;
	}

	/**
	 * Each answer checked on its own: the valid ones (normalized), the problems by linkId
	 * and the unknown linkIds (sorted).
	 */
	private record Checked(Instrument instrument, Map<String, Object> valid, Map<String, InvalidAnswer> problems,
			Map<String, InvalidAnswer> unknown) {

		static Checked of(Instrument instrument, Map<String, ?> answers) {
			Objects.requireNonNull(instrument, "instrument");
			Objects.requireNonNull(answers, "answers");
			Map<String, InvalidAnswer> problems = new HashMap<>();
			Map<String, InvalidAnswer> unknown = new TreeMap<>();
			Map<String, Object> valid = new HashMap<>();
			for (Map.Entry<String, ?> entry : answers.entrySet()) {
				String linkId = String.valueOf(entry.getKey());
				Optional<Item> item = instrument.item(linkId);
				if (item.isEmpty()) {
					unknown.put(linkId, new InvalidAnswer(linkId, Reason.UNKNOWN_ITEM,
							"no question of " + instrument.id() + " has this linkId"));
				}
				else if (!item.get().isQuestion()) {
					problems.put(linkId,
							new InvalidAnswer(linkId, Reason.NOT_A_QUESTION, "display text takes no answer"));
				}
				else if (entry.getValue() != null) {
					InvalidAnswer problem = checkValue(item.get(), entry.getValue());
					if (problem != null) {
						problems.put(linkId, problem);
					}
					else {
						valid.put(linkId, normalized(entry.getValue()));
					}
				}
			}
			return new Checked(instrument, valid, problems, unknown);
		}

		/**
		 * Whether the skip rules ask the item; undecided while a question it depends on
		 * is invalid, or required and unanswered: that question is reported, and the ones
		 * behind it are judged once it is fixed.
		 */
		Item.Asked asked(Item item) {
			return item.asked(this.valid,
					question -> this.problems.containsKey(question)
							|| (this.instrument.item(question).map(Item::required).orElse(false)
									&& !this.valid.containsKey(question)));
		}

	}

}
