package org.carepath.intake.scoring;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.carepath.intake.instrument.TestInstruments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person reads plain words and no promise of a time; staff read the clinical rules'
 * shorthand (docs/clinical-rules.md#next-steps).
 */
class PatientAndStaffWordingTests {

	@ParameterizedTest
	@EnumSource(NextStep.class)
	void theStepThePersonReadsHasNoStaffShorthandAndPromisesNoTime(NextStep step) {
		assertThat(step.text()).doesNotContainIgnoringCase("item 9")
			.doesNotContainIgnoringCase("same-day")
			.doesNotContainIgnoringCase("clinician review")
			.doesNotContainIgnoringCase("today");
	}

	@Test
	void aCrisisInterpretationPromisesNoTimeTheClinicMayNotKeep() {
		Map<String, Object> answers = new java.util.HashMap<>();
		for (int item = 1; item <= 8; item++) {
			answers.put(String.valueOf(item), "LA6568-5");
		}
		answers.put("9", "LA6569-3");
		ScoreResult result = Scorer.score(TestInstruments.get("phq-9"), answers, Respondent.sexNotGiven());

		assertThat(result.interpretation()).doesNotContainIgnoringCase("today")
			.contains("as soon as the clinic is open");
	}

	@Test
	void staffReadACrisisAsTheClinicalRulesNameIt() {
		assertThat(ClinicalSummary.of("phq-9", TestInstruments.get("phq-9"), 1, "minimal", false, true,
				NextStep.URGENT_REVIEW))
			.isEqualTo("PHQ-9 item 9 positive — same-day clinician review; total 1 of 27 (minimal)");
		assertThat(ClinicalSummary.of("dast-10", TestInstruments.get("dast-10"), 6, "substantial", true, false,
				NextStep.ASSESSMENT_REFERRAL))
			.isEqualTo("DAST-10 6 of 10 (substantial, positive) — brief intervention and referral for a full"
					+ " assessment");
		assertThat(ClinicalSummary.of("old-1", null, 2, "low", false, false, NextStep.BRIEF_INTERVENTION))
			.isEqualTo("old-1 2 (low) — brief intervention, follow-up, consider assessment");
	}

}
