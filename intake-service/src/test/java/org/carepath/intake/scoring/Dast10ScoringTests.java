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
 * DAST-10 bands and next steps (docs/clinical-rules.md#dast-10,
 * docs/clinical-rules.md#next-steps) and item 3's reversal.
 */
class Dast10ScoringTests {

	static final Instrument DAST = TestInstruments.get("dast-10");

	static final String YES = "LA33-6";

	static final String NO = "LA32-8";

	static ScoreResult score(Map<String, Object> answers) {
		return Scorer.score(DAST, answers, Respondent.sexNotGiven());
	}

	static Map<String, Object> everyItem(String code) {
		Map<String, Object> answers = new HashMap<>();
		Answers.linkIds(1, 10).forEach(linkId -> answers.put(linkId, code));
		return answers;
	}

	@ParameterizedTest(name = "DAST-10 total {0}: band {1}, positive {2}, next step {3}")
	@CsvSource({ "0, none, false, reinforce", "1, low, false, brief-intervention", "2, low, false, brief-intervention",
			"3, moderate, true, brief-intervention", "5, moderate, true, brief-intervention",
			"6, substantial, true, assessment-referral", "8, substantial, true, assessment-referral",
			"9, severe, true, assessment-referral", "10, severe, true, assessment-referral" })
	void eachTotalFallsInItsBandWithItsNextStep(int total, String band, boolean positive, String nextStep) {
		ScoreResult result = score(Answers.totalling(DAST, total, Answers.linkIds(1, 10)));
		assertThat(result.score()).isEqualTo(total);
		assertThat(result.band()).isEqualTo(band);
		assertThat(result.positive()).isEqualTo(positive);
		assertThat(result.nextStep().code()).isEqualTo(nextStep);
		assertThat(result.crisis()).isFalse();
	}

	@Test
	void answeringNoToEverythingScoresOnePointFromItem3() {
		assertThat(score(everyItem(NO)).score()).isEqualTo(1);
	}

	@Test
	void answeringYesToEverythingScoresNineBecauseItem3YesScoresNothing() {
		assertThat(score(everyItem(YES)).score()).isEqualTo(9);
	}

	@Test
	void item3NoIsThePointAndItem3YesIsNot() {
		Map<String, Object> answers = everyItem(NO);
		answers.put("3", YES);
		assertThat(score(answers).score()).isZero();
		answers.put("3", NO);
		assertThat(score(answers).score()).isEqualTo(1);
	}

	@Test
	void aFullScoreNeedsYesEverywhereButNoToItem3() {
		Map<String, Object> answers = everyItem(YES);
		answers.put("3", NO);
		ScoreResult result = score(answers);
		assertThat(result.score()).isEqualTo(10);
		assertThat(result.band()).isEqualTo("severe");
	}

	@Test
	void theInterpretationSaysItIsNotADiagnosis() {
		assertThat(score(everyItem(YES)).interpretation()).contains("not a diagnosis");
	}

}
