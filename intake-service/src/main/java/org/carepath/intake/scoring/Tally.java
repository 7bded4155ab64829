package org.carepath.intake.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.carepath.intake.instrument.AnswerOption;
import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.Item;

/**
 * Validated answers and the points each scored item earned: what an instrument's rules
 * see. The total is the plain sum of the chosen options' ordinal values, so reversed
 * items (DAST-10 item 3) are reversed in the data.
 */
record Tally(Instrument instrument, Map<String, Object> answers, Map<String, Integer> points, int total) {

	static Tally of(Instrument instrument, Map<String, ?> validatedAnswers) {
		Map<String, Object> answers = new HashMap<>();
		Map<String, Integer> points = new HashMap<>();
		int total = 0;
		for (Item item : instrument.questions()) {
			Object answer = validatedAnswers.get(item.linkId());
			if (answer == null) {
				continue;
			}
			answers.put(item.linkId(), Scorer.normalized(answer));
			if (item.scored()) {
				int earned = item.option((String) answer).orElseThrow().ordinalValue();
				points.put(item.linkId(), earned);
				total += earned;
			}
		}
		return new Tally(instrument, Map.copyOf(answers), Map.copyOf(points), total);
	}

	/**
	 * The option chosen for a choice item, empty when it was not asked or not answered.
	 */
	Optional<AnswerOption> chosen(Item item) {
		return (this.answers.get(item.linkId()) instanceof String code) ? item.option(code) : Optional.empty();
	}

	int pointsFor(Item item) {
		return this.points.getOrDefault(item.linkId(), 0);
	}

	/** Whether any integer item (CRAFFT Part A: days of use) was answered above zero. */
	boolean anyCountAboveZero() {
		return this.instrument.questions()
			.stream()
			.filter(item -> item.type() == Item.Type.INTEGER)
			.anyMatch(item -> this.answers.get(item.linkId()) instanceof Integer days && days > 0);
	}

}
