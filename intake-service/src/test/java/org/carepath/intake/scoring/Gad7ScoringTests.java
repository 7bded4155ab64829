package org.carepath.intake.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.TestInstruments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GAD-7 bands and next steps (docs/clinical-rules.md#gad-7,
 * docs/clinical-rules.md#next-steps).
 */
class Gad7ScoringTests {

	static final Instrument GAD7 = TestInstruments.get("gad-7");

	@ParameterizedTest(name = "GAD-7 total {0}: band {1}, positive {2}, next step {3}")
	@CsvSource({ "0, minimal, false, reinforce", "4, minimal, false, reinforce", "5, mild, false, brief-intervention",
			"9, mild, false, brief-intervention", "10, moderate, true, brief-intervention",
			"14, moderate, true, brief-intervention", "15, severe, true, assessment-referral",
			"21, severe, true, assessment-referral" })
	void eachTotalFallsInItsBandWithItsNextStep(int total, String band, boolean positive, String nextStep) {
		ScoreResult result = Scorer.score(GAD7, Answers.totalling(GAD7, total, Answers.linkIds(1, 7)),
				Respondent.sexNotGiven());
		assertThat(result.score()).isEqualTo(total);
		assertThat(result.band()).isEqualTo(band);
		assertThat(result.positive()).isEqualTo(positive);
		assertThat(result.nextStep().code()).isEqualTo(nextStep);
		assertThat(result.crisis()).isFalse();
		assertThat(result.interpretation()).contains("anxiety").contains("not a diagnosis");
	}

}
