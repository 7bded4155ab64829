package org.carepath.intake.scoring;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.TestInstruments;
import org.carepath.intake.scoring.Respondent.Sex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AUDIT-C cut-offs by sex and the item-1-only review note
 * (docs/clinical-rules.md#audit-c, docs/clinical-rules.md#next-steps).
 */
class AuditCScoringTests {

	static final Instrument AUDIT_C = TestInstruments.get("audit-c");

	static final String ITEM_1_ONLY = "All AUDIT-C points came from item 1";

	static final String SEX_NOT_GIVEN = "Sex not given: the lower AUDIT-C threshold (3) was used.";

	static Map<String, Object> points(int item1, int item2, int item3) {
		return Map.of("1", Answers.scoring(AUDIT_C, "1", item1), "2", Answers.scoring(AUDIT_C, "2", item2), "3",
				Answers.scoring(AUDIT_C, "3", item3));
	}

	/**
	 * Totals spread over all three items, so the item-1-only note stays out of the way.
	 */
	static Map<String, Object> spread(int total) {
		return switch (total) {
			case 2 -> points(1, 1, 0);
			case 3 -> points(1, 1, 1);
			case 4 -> points(2, 1, 1);
			default -> throw new IllegalArgumentException();
		};
	}

	@ParameterizedTest(name = "AUDIT-C {0} for sex {1}: {2}")
	@CsvSource({ "2, MALE, negative", "2, FEMALE, negative", "2, NOT_GIVEN, negative", "3, MALE, negative",
			"3, FEMALE, positive", "3, NOT_GIVEN, positive", "4, MALE, positive", "4, FEMALE, positive",
			"4, NOT_GIVEN, positive" })
	void menArePositiveFromFourWomenAndUnknownFromThree(int total, Sex sex, String band) {
		ScoreResult result = Scorer.score(AUDIT_C, spread(total), Respondent.of(sex));
		assertThat(result.score()).isEqualTo(total);
		assertThat(result.band()).isEqualTo(band);
		assertThat(result.positive()).isEqualTo(band.equals("positive"));
		assertThat(result.nextStep().code()).isEqualTo(band.equals("positive") ? "brief-intervention" : "reinforce");
		assertThat(result.crisis()).isFalse();
		assertThat(result.notes()).noneMatch(note -> note.startsWith(ITEM_1_ONLY));
	}

	@Test
	void whenSexIsNotGivenTheLowerThresholdIsUsedAndTheNotesSaySo() {
		assertThat(Scorer.score(AUDIT_C, spread(3), Respondent.sexNotGiven()).notes()).contains(SEX_NOT_GIVEN);
		assertThat(Scorer.score(AUDIT_C, spread(2), Respondent.sexNotGiven()).notes()).contains(SEX_NOT_GIVEN);
		assertThat(Scorer.score(AUDIT_C, spread(3), Respondent.of(Sex.FEMALE)).notes()).isEmpty();
	}

	@Test
	void sexRecordedAsOtherAlsoUsesTheLowerThresholdAndSaysSo() {
		ScoreResult result = Scorer.score(AUDIT_C, spread(3), Respondent.of(Sex.OTHER));
		assertThat(result.band()).isEqualTo("positive");
		assertThat(result.notes()).containsExactly("Sex recorded as other: the lower AUDIT-C threshold (3) was used.");
	}

	@Test
	void aPositiveScoreMadeOnlyOfItem1AsksForClinicianReview() {
		ScoreResult result = Scorer.score(AUDIT_C, points(4, 0, 0), Respondent.of(Sex.MALE));
		assertThat(result.band()).isEqualTo("positive");
		assertThat(result.nextStep().code()).isEqualTo("brief-intervention");
		assertThat(result.notes()).singleElement()
			.asString()
			.startsWith(ITEM_1_ONLY)
			.contains("clinician should review");
	}

	@Test
	void theItem1NoteAlsoAppliesAtTheWomensCutOff() {
		assertThat(Scorer.score(AUDIT_C, points(3, 0, 0), Respondent.of(Sex.FEMALE)).notes())
			.anyMatch(note -> note.startsWith(ITEM_1_ONLY));
	}

	@Test
	void noItem1NoteWhenOtherItemsScoreOrTheScreenIsNegative() {
		assertThat(Scorer.score(AUDIT_C, points(3, 1, 0), Respondent.of(Sex.MALE)).notes()).isEmpty();
		assertThat(Scorer.score(AUDIT_C, points(3, 0, 0), Respondent.of(Sex.MALE)).notes()).isEmpty();
	}

	@Test
	void theHighestScoreIsTwelve() {
		assertThat(Scorer.score(AUDIT_C, points(4, 4, 4), Respondent.of(Sex.MALE)).score()).isEqualTo(12);
	}

}
