package org.carepath.intake.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carepath.intake.instrument.AnswerOption;
import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.Item;

/**
 * Builds answer sheets for tests by points rather than by code, so a sheet means "a total
 * of 7" whatever the option order. Which code scores what is checked separately, against
 * the files.
 */
final class Answers {

	private Answers() {
	}

	/** The code of the option that scores {@code points} on an item. */
	static String scoring(Instrument instrument, String linkId, int points) {
		Item item = instrument.item(linkId).orElseThrow();
		return item.answerOptions()
			.stream()
			.filter(option -> option.ordinalValue() != null && option.ordinalValue() == points)
			.map(AnswerOption::code)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(linkId + " has no option scoring " + points));
	}

	/**
	 * Every scored item answered, {@code total} points spread over the items in the order
	 * given (each item up to its maximum), the rest at 0.
	 */
	static Map<String, Object> totalling(Instrument instrument, int total, List<String> fillOrder) {
		Map<String, Object> answers = new LinkedHashMap<>();
		instrument.questions()
			.stream()
			.filter(Item::scored)
			.forEach(item -> answers.put(item.linkId(), scoring(instrument, item.linkId(), 0)));
		int remaining = total;
		for (String linkId : fillOrder) {
			Item item = instrument.item(linkId).orElseThrow();
			int max = item.answerOptions().stream().mapToInt(AnswerOption::ordinalValue).max().orElseThrow();
			int points = Math.min(remaining, max);
			answers.put(linkId, scoring(instrument, linkId, points));
			remaining -= points;
		}
		if (remaining > 0) {
			throw new IllegalArgumentException("Cannot reach " + total);
		}
		return answers;
	}

	static List<String> linkIds(int from, int to) {
		return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
	}

}
