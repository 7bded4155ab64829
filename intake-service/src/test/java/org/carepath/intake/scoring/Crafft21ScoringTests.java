package org.carepath.intake.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.TestInstruments;
import org.carepath.intake.scoring.InvalidAnswer.Reason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CRAFFT 2.1 risk bands and next steps (docs/clinical-rules.md#crafft,
 * docs/clinical-rules.md#next-steps) and its skip rule, enforced on the server.
 */
class Crafft21ScoringTests {

	static final Instrument CRAFFT = TestInstruments.get("crafft-2.1");

	static final List<String> PART_A = List.of("alcohol-days", "cannabis-days", "other-days");

	static final List<String> PART_B = List.of("car", "relax", "alone", "forget", "family-friends", "trouble");

	static final List<String> AFTER_CAR = PART_B.subList(1, PART_B.size());

	static final String YES = "LA33-6";

	static final String NO = "LA32-8";

	/**
	 * Part A days as given; then Part B: the first {@code yes} questions Yes, the rest No
	 * (only Car with no use).
	 */
	static Map<String, Object> answers(int alcohol, int cannabis, int other, int yes) {
		Map<String, Object> answers = new HashMap<>();
		answers.put("alcohol-days", alcohol);
		answers.put("cannabis-days", cannabis);
		answers.put("other-days", other);
		boolean anyUse = alcohol + cannabis + other > 0;
		List<String> asked = anyUse ? PART_B : List.of("car");
		for (int i = 0; i < asked.size(); i++) {
			answers.put(asked.get(i), (i < yes) ? YES : NO);
		}
		return answers;
	}

	static ScoreResult score(Map<String, Object> answers) {
		return Scorer.score(CRAFFT, answers, Respondent.sexNotGiven());
	}

	@ParameterizedTest(name = "CRAFFT {0} ({1} days of use): band {2}, next step {3}")
	@CsvSource({ "0, 0, low-risk, reinforce", "0, 3, low-risk, brief-intervention",
			"1, 3, low-risk, brief-intervention", "2, 3, high-risk, assessment-referral",
			"6, 3, high-risk, assessment-referral" })
	void eachScoreFallsInItsBandWithItsNextStep(int yes, int alcoholDays, String band, String nextStep) {
		ScoreResult result = score(answers(alcoholDays, 0, 0, yes));
		assertThat(result.score()).isEqualTo(yes);
		assertThat(result.band()).isEqualTo(band);
		assertThat(result.positive()).isEqualTo(band.equals("high-risk"));
		assertThat(result.nextStep().code()).isEqualTo(nextStep);
		assertThat(result.crisis()).isFalse();
	}

	@Test
	void daysOfUseAreNeverAddedToTheScore() {
		ScoreResult result = score(answers(365, 365, 365, 0));
		assertThat(result.score()).isZero();
		assertThat(result.band()).isEqualTo("low-risk");
		assertThat(result.nextStep().code()).isEqualTo("brief-intervention");
	}

	@Test
	void withNoUseOnlyTheCarQuestionIsAsked() {
		Map<String, Object> answers = Map.of("alcohol-days", 0, "cannabis-days", 0, "other-days", 0, "car", NO);
		assertThat(Scorer.validate(CRAFFT, answers).isValid()).isTrue();
		ScoreResult result = score(answers);
		assertThat(result.score()).isZero();
		assertThat(result.nextStep().code()).isEqualTo("reinforce");
		assertThat(result.notes()).anyMatch(note -> note.contains("only the Car question was asked"));
	}

	@Test
	void withNoUseTheCarQuestionIsStillRequired() {
		assertThat(Scorer.validate(CRAFFT, Map.of("alcohol-days", 0, "cannabis-days", 0, "other-days", 0)).errors())
			.extracting(InvalidAnswer::linkId, InvalidAnswer::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("car", Reason.MISSING));
	}

	@ParameterizedTest(name = "with no use, answering {0} is refused")
	@ValueSource(strings = { "relax", "alone", "forget", "family-friends", "trouble" })
	void withNoUseAnsweringAnyOtherPartBQuestionIsRefused(String linkId) {
		Map<String, Object> answers = answers(0, 0, 0, 0);
		answers.put(linkId, NO);
		ValidationResult result = Scorer.validate(CRAFFT, answers);
		assertThat(result.errors()).extracting(InvalidAnswer::linkId, InvalidAnswer::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(linkId, Reason.NOT_ASKED));
	}

	@Test
	void answeringRelaxAfterNoUseIsRefusedEvenWhenItWouldScore() {
		Map<String, Object> answers = answers(0, 0, 0, 0);
		answers.put("relax", YES);
		assertThat(Scorer.validate(CRAFFT, answers).linkIds()).containsExactly("relax");
	}

	@ParameterizedTest(name = "one day in {0} makes all six Part B questions required")
	@ValueSource(strings = { "alcohol-days", "cannabis-days", "other-days" })
	void anyDayOfUseMakesAllSixPartBQuestionsRequired(String partA) {
		Map<String, Object> answers = new HashMap<>(Map.of("alcohol-days", 0, "cannabis-days", 0, "other-days", 0));
		answers.put(partA, 1);
		answers.put("car", NO);
		ValidationResult result = Scorer.validate(CRAFFT, answers);
		assertThat(result.errors()).extracting(InvalidAnswer::linkId).containsExactlyElementsOf(AFTER_CAR);
		assertThat(result.errors()).extracting(InvalidAnswer::reason).containsOnly(Reason.MISSING);
	}

	@Test
	void carYesWithNoUseScoresOneAndSuggestsAConversation() {
		ScoreResult result = score(answers(0, 0, 0, 1));
		assertThat(result.score()).isEqualTo(1);
		assertThat(result.band()).isEqualTo("low-risk");
		assertThat(result.nextStep().code()).isEqualTo("brief-intervention");
		assertThat(result.notes()).anyMatch(note -> note.startsWith("Car question answered Yes"));
	}

	@Test
	void everyInvalidAnswerIsReportedAtOnceInQuestionnaireOrder() {
		Map<String, Object> answers = new HashMap<>();
		answers.put("extra", NO);
		answers.put("trouble", 1);
		answers.put("forget", "LA9999-9");
		answers.put("car", 2);
		answers.put("other-days", "many");
		answers.put("cannabis-days", -1);
		answers.put("alcohol-days", 3);
		assertThat(Scorer.validate(CRAFFT, answers).errors()).extracting(InvalidAnswer::linkId, InvalidAnswer::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("cannabis-days", Reason.OUT_OF_RANGE),
					org.assertj.core.groups.Tuple.tuple("other-days", Reason.NOT_AN_INTEGER),
					org.assertj.core.groups.Tuple.tuple("car", Reason.NOT_A_CODE),
					org.assertj.core.groups.Tuple.tuple("relax", Reason.MISSING),
					org.assertj.core.groups.Tuple.tuple("alone", Reason.MISSING),
					org.assertj.core.groups.Tuple.tuple("forget", Reason.UNKNOWN_OPTION),
					org.assertj.core.groups.Tuple.tuple("family-friends", Reason.MISSING),
					org.assertj.core.groups.Tuple.tuple("trouble", Reason.NOT_A_CODE),
					org.assertj.core.groups.Tuple.tuple("extra", Reason.UNKNOWN_ITEM));
	}

	@Test
	void withoutUnaskedDropsOnlyAnswersTheSkipRulesLeaveOut() {
		Map<String, Object> answers = answers(0, 0, 0, 0);
		answers.put("relax", YES);
		answers.put("trouble", "not even a code");
		assertThat(Scorer.withoutUnasked(CRAFFT, answers)).isEqualTo(answers(0, 0, 0, 0));
		Map<String, Object> withUse = answers(2, 0, 0, 1);
		assertThat(Scorer.withoutUnasked(CRAFFT, withUse)).isEqualTo(withUse);
	}

	@Test
	void withoutUnaskedKeepsPartBWhileUseIsUndecided() {
		Map<String, Object> answers = new HashMap<>(
				Map.of("alcohol-days", "lots", "cannabis-days", 0, "other-days", 0, "car", NO, "relax", NO));
		assertThat(Scorer.withoutUnasked(CRAFFT, answers)).containsKey("relax");
	}

	@Test
	void anInvalidDayCountLeavesPartBUnjudgedUntilItIsFixed() {
		Map<String, Object> answers = Map.of("alcohol-days", "lots", "cannabis-days", 0, "other-days", 0, "car", NO);
		assertThat(Scorer.validate(CRAFFT, answers).linkIds()).containsExactly("alcohol-days");
	}

	@Test
	void aMissingDayCountLeavesPartBUnjudgedUnlessAnotherCountShowsUse() {
		assertThat(Scorer.validate(CRAFFT, Map.of("cannabis-days", 0, "other-days", 0, "car", NO)).linkIds())
			.containsExactly("alcohol-days");
		assertThat(Scorer.validate(CRAFFT, Map.of("cannabis-days", 4, "other-days", 0, "car", NO)).linkIds())
			.containsExactly("alcohol-days", "relax", "alone", "forget", "family-friends", "trouble");
	}

}
