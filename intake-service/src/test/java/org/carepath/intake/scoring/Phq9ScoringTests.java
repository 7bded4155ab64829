package org.carepath.intake.scoring;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.TestInstruments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PHQ-9 bands and next steps (docs/clinical-rules.md#phq-9,
 * docs/clinical-rules.md#next-steps) and the item 9 safety rule (§3).
 */
class Phq9ScoringTests {

	static final Instrument PHQ9 = TestInstruments.get("phq-9");

	static ScoreResult score(Map<String, Object> answers) {
		return Scorer.score(PHQ9, answers, Respondent.sexNotGiven());
	}

	/** Points go to items 1–8 first; item 9 scores only when 24 is not enough. */
	static Map<String, Object> totalling(int total) {
		return new HashMap<>(Answers.totalling(PHQ9, total, Answers.linkIds(1, 9)));
	}

	@ParameterizedTest(name = "PHQ-9 total {0}: band {1}, positive {2}, next step {3}, crisis {4}")
	@CsvSource({ "0, minimal, false, reinforce, false", "4, minimal, false, reinforce, false",
			"5, mild, false, brief-intervention, false", "9, mild, false, brief-intervention, false",
			"10, moderate, true, brief-intervention, false", "14, moderate, true, brief-intervention, false",
			"15, moderately-severe, true, assessment-referral, false",
			"19, moderately-severe, true, assessment-referral, false", "20, severe, true, assessment-referral, false",
			// 27 needs item 9 at its highest: a crisis, whatever else.
			"27, severe, true, urgent-review, true" })
	void eachTotalFallsInItsBandWithItsNextStep(int total, String band, boolean positive, String nextStep,
			boolean crisis) {
		ScoreResult result = score(totalling(total));
		assertThat(result.score()).isEqualTo(total);
		assertThat(result.band()).isEqualTo(band);
		assertThat(result.positive()).isEqualTo(positive);
		assertThat(result.nextStep().code()).isEqualTo(nextStep);
		assertThat(result.crisis()).isEqualTo(crisis);
	}

	@Test
	void item9SeveralDaysWithATotalOfOneIsACrisisNeedingUrgentReview() {
		Map<String, Object> answers = totalling(0);
		answers.put("9", "LA6569-3");
		ScoreResult result = score(answers);
		assertThat(result.score()).isEqualTo(1);
		assertThat(result.band()).isEqualTo("minimal");
		assertThat(result.positive()).isFalse();
		assertThat(result.crisis()).isTrue();
		assertThat(result.nextStep()).isEqualTo(NextStep.URGENT_REVIEW);
		assertThat(result.nextStep().text()).contains("988").contains("911");
		assertThat(result.notes()).anyMatch(note -> note.contains("Item 9") && note.contains("Several days"));
		// The promise follows the clinic's hours (the result's review says when), never a
		// fixed "today" (docs/clinical-rules.md#what-the-person-is-promised).
		assertThat(result.interpretation())
			.contains("a clinician will look at your answers as soon as the clinic is open");
	}

	@ParameterizedTest(name = "item 9 answered {1} is a crisis")
	@CsvSource({ "LA6569-3, Several days", "LA6570-1, More than half the days", "LA6571-9, Nearly every day" })
	void item9AnsweredAnythingButNotAtAllIsACrisisWhateverTheTotal(String code, String display) {
		for (int otherPoints : new int[] { 0, 4, 12, 24 }) {
			Map<String, Object> answers = totalling(otherPoints);
			answers.put("9", code);
			ScoreResult result = score(answers);
			assertThat(result.crisis()).as("total " + result.score()).isTrue();
			assertThat(result.nextStep().code()).isEqualTo("urgent-review");
			assertThat(result.notes()).anyMatch(note -> note.contains(display));
		}
	}

	@Test
	void item9NotAtAllIsNoCrisisEvenWithASevereTotal() {
		Map<String, Object> answers = totalling(24);
		assertThat(answers.get("9")).isEqualTo("LA6568-5");
		ScoreResult result = score(answers);
		assertThat(result.band()).isEqualTo("severe");
		assertThat(result.crisis()).isFalse();
		assertThat(result.nextStep().code()).isEqualTo("assessment-referral");
	}

	@Test
	void item10IsRecordedButNeverScored() {
		Map<String, Object> answers = totalling(7);
		ScoreResult without = score(answers);
		answers.put("10", "LA6574-3");
		ScoreResult with = score(answers);
		assertThat(with.score()).isEqualTo(without.score()).isEqualTo(7);
		assertThat(with.band()).isEqualTo(without.band());
		assertThat(with.notes())
			.containsExactly("Item 10 (not scored): the problems make daily life \"Extremely difficult\".");
	}

	@Test
	void item10MayBeLeftOut() {
		assertThat(Scorer.validate(PHQ9, totalling(7)).isValid()).isTrue();
	}

	@Test
	void item9CannotBeLeftOut() {
		Map<String, Object> answers = totalling(7);
		answers.remove("9");
		assertThat(Scorer.validate(PHQ9, answers).linkIds()).containsExactly("9");
	}

}
