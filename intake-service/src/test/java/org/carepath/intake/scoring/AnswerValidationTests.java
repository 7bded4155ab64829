package org.carepath.intake.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.TestInstruments;
import org.carepath.intake.scoring.InvalidAnswer.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Nothing is scored until every answer is valid, and every bad linkId is named with its
 * reason.
 */
class AnswerValidationTests {

	static final Instrument PHQ9 = TestInstruments.get("phq-9");

	static final Instrument CRAFFT = TestInstruments.get("crafft-2.1");

	static Map<String, Object> validPhq9() {
		return new HashMap<>(Answers.totalling(PHQ9, 6, Answers.linkIds(1, 9)));
	}

	@Test
	void everyBadLinkIdIsListedWithItsReasonInQuestionnaireOrder() {
		Map<String, Object> answers = validPhq9();
		answers.remove("2");
		answers.put("4", "LA9999-9");
		answers.put("6", 2);
		answers.put("intro", "LA6568-5");
		answers.put("11", "LA6568-5");
		answers.put("0", "LA6568-5");
		ValidationResult result = Scorer.validate(PHQ9, answers);
		assertThat(result.isValid()).isFalse();
		assertThat(result.errors()).extracting(InvalidAnswer::linkId, InvalidAnswer::reason)
			.containsExactly(tuple("intro", Reason.NOT_A_QUESTION), tuple("2", Reason.MISSING),
					tuple("4", Reason.UNKNOWN_OPTION), tuple("6", Reason.NOT_A_CODE), tuple("0", Reason.UNKNOWN_ITEM),
					tuple("11", Reason.UNKNOWN_ITEM));
	}

	@Test
	void anUnknownCodeIsExplainedWithTheCodesAllowed() {
		Map<String, Object> answers = validPhq9();
		answers.put("4", "LA9999-9");
		assertThat(Scorer.validate(PHQ9, answers).errors()).singleElement()
			.extracting(InvalidAnswer::message)
			.asString()
			.contains("LA6568-5, LA6569-3, LA6570-1, LA6571-9")
			.doesNotContain("LA9999-9");
	}

	@Test
	void nothingIsScoredWhileAnAnswerIsInvalid() {
		Map<String, Object> answers = validPhq9();
		answers.remove("9");
		answers.put("12", "x");
		assertThatExceptionOfType(InvalidAnswersException.class)
			.isThrownBy(() -> Scorer.score(PHQ9, answers, Respondent.sexNotGiven()))
			.satisfies(ex -> assertThat(ex.result().linkIds()).containsExactly("9", "12"))
			.withMessage("Invalid answers to phq-9: 9, 12");
	}

	@Test
	void anEmptySheetListsEveryRequiredQuestion() {
		assertThat(Scorer.validate(PHQ9, Map.of()).linkIds()).containsExactlyElementsOf(Answers.linkIds(1, 9));
	}

	@Test
	void aNullAnswerCountsAsNotAnswered() {
		Map<String, Object> answers = validPhq9();
		answers.put("3", null);
		answers.put("10", null);
		assertThat(Scorer.validate(PHQ9, answers).errors()).extracting(InvalidAnswer::linkId, InvalidAnswer::reason)
			.containsExactly(tuple("3", Reason.MISSING));
	}

	static Stream<Arguments> badDayCounts() {
		return Stream.of(Arguments.of("12", Reason.NOT_AN_INTEGER), Arguments.of(2.5, Reason.NOT_AN_INTEGER),
				Arguments.of(3.0, Reason.NOT_AN_INTEGER), Arguments.of(new BigDecimal("3"), Reason.NOT_AN_INTEGER),
				Arguments.of(true, Reason.NOT_AN_INTEGER), Arguments.of(-1, Reason.OUT_OF_RANGE),
				Arguments.of(366, Reason.OUT_OF_RANGE), Arguments.of(Long.MAX_VALUE, Reason.OUT_OF_RANGE),
				Arguments.of(new BigInteger("99999999999999999999"), Reason.OUT_OF_RANGE));
	}

	@ParameterizedTest(name = "{0} days is refused: {1}")
	@MethodSource("badDayCounts")
	void aDayCountMustBeAWholeNumberFromZeroTo365(Object days, Reason reason) {
		Map<String, Object> answers = new HashMap<>(Map.of("alcohol-days", 0, "cannabis-days", 0, "car", "LA32-8"));
		answers.put("other-days", days);
		ValidationResult result = Scorer.validate(CRAFFT, answers);
		assertThat(result.errors()).extracting(InvalidAnswer::linkId, InvalidAnswer::reason)
			.containsExactly(tuple("other-days", reason));
		assertThat(result.errors().get(0).message()).doesNotContain(String.valueOf(days));
	}

	@Test
	void dayCountsAtTheBoundsAndOfAnyIntegralTypeAreAccepted() {
		Map<String, Object> answers = new HashMap<>(Map.of("alcohol-days", 0L, "cannabis-days", (short) 365,
				"other-days", BigInteger.ZERO, "car", "LA32-8"));
		assertThat(Scorer.validate(CRAFFT, answers).errors()).extracting(InvalidAnswer::linkId)
			.containsExactly("relax", "alone", "forget", "family-friends", "trouble");
	}

	@Test
	void invalidAnswersNeverReachTheExceptionMessage() {
		Map<String, Object> answers = validPhq9();
		answers.put("9", "I have a plan");
		assertThatExceptionOfType(InvalidAnswersException.class)
			.isThrownBy(() -> Scorer.score(PHQ9, answers, Respondent.sexNotGiven()))
			.withMessageNotContaining("plan");
	}

}
