package org.carepath.portal.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The questionnaire's {@code enableWhen} rules, evaluated on the server so the form works
 * without JavaScript: an item whose conditions are not met was not asked, and an answer
 * given to it anyway (every item is visible without JavaScript) is dropped before the
 * answers go to the intake service, which would reject it.
 */
final class SkipRules {

	private SkipRules() {
	}

	/**
	 * The answers with those to items that do not apply removed. Answers to unknown items
	 * are kept.
	 */
	static Map<String, Object> dropSkipped(Questionnaire questionnaire, Map<String, Object> answers) {
		Map<String, Object> kept = new LinkedHashMap<>();
		answers.forEach((linkId, answer) -> {
			Questionnaire.Item item = questionnaire.item(linkId);
			if (item == null || isEnabled(item, answers)) {
				kept.put(linkId, answer);
			}
		});
		return kept;
	}

	/**
	 * Whether the item applies given the answers: no conditions, or any / all of them met
	 * as {@code enableBehavior} says (all when it is absent, as FHIR requires it with
	 * more than one condition).
	 */
	static boolean isEnabled(Questionnaire.Item item, Map<String, Object> answers) {
		List<Questionnaire.Condition> conditions = item.enableWhen();
		if (conditions.isEmpty()) {
			return true;
		}
		if ("any".equals(item.enableBehavior())) {
			return conditions.stream().anyMatch(condition -> isMet(condition, answers.get(condition.question())));
		}
		return conditions.stream().allMatch(condition -> isMet(condition, answers.get(condition.question())));
	}

	static boolean isMet(Questionnaire.Condition condition, @Nullable Object answer) {
		if ("exists".equals(condition.operator())) {
			return answer != null;
		}
		if (answer == null) {
			return false;
		}
		if (condition.answerInteger() != null) {
			Integer value = integer(answer);
			if (value == null) {
				return false;
			}
			int expected = condition.answerInteger();
			return switch (condition.operator()) {
				case ">" -> value > expected;
				case ">=" -> value >= expected;
				case "<" -> value < expected;
				case "<=" -> value <= expected;
				case "=" -> value == expected;
				case "!=" -> value != expected;
				default -> false;
			};
		}
		if (condition.answerString() != null) {
			return switch (condition.operator()) {
				case "=" -> condition.answerString().equals(answer.toString());
				case "!=" -> !condition.answerString().equals(answer.toString());
				default -> false;
			};
		}
		return false;
	}

	private static @Nullable Integer integer(Object answer) {
		if (answer instanceof Integer value) {
			return value;
		}
		try {
			return Integer.valueOf(answer.toString().trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
