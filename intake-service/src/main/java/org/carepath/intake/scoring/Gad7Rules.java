package org.carepath.intake.scoring;

import java.util.List;
import java.util.Map;

import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.scoring.BandTable.Band;

/**
 * GAD-7. Source: docs/clinical-rules.md#gad-7 — 0–4 minimal · 5–9 mild · 10–14 moderate ·
 * 15–21 severe, ≥ 10 evaluate further; docs/clinical-rules.md#next-steps — below 5
 * reinforce, 5–14 brief intervention, ≥ 15 assessment and referral.
 */
final class Gad7Rules implements InstrumentRules {

	static final String ID = "gad-7";

	static final int POSITIVE_FROM = 10;

	private static final String OVER = " over the last two weeks.";

	static final BandTable BANDS = new BandTable(
			new Band(0, 4, "minimal", "Your answers suggest few or no symptoms of anxiety" + OVER, NextStep.REINFORCE),
			new Band(5, 9, "mild", "Your answers suggest mild symptoms of anxiety" + OVER, NextStep.BRIEF_INTERVENTION),
			new Band(10, 14, "moderate", "Your answers suggest moderate symptoms of anxiety" + OVER,
					NextStep.BRIEF_INTERVENTION),
			new Band(15, 21, "severe", "Your answers suggest severe symptoms of anxiety" + OVER,
					NextStep.ASSESSMENT_REFERRAL));

	@Override
	public void check(Instrument instrument) {
		BANDS.checkCovers(ID, InstrumentRules.maxScore(instrument));
	}

	@Override
	public ScoreResult interpret(Tally tally, Respondent respondent) {
		int score = tally.total();
		Band band = BANDS.of(score);
		return new ScoreResult(score, band.code(), score >= POSITIVE_FROM, false, band.nextStep(),
				InstrumentRules.interpretation(band.meaning()), List.of(), Map.of());
	}

}
