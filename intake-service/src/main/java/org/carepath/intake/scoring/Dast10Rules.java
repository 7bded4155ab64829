package org.carepath.intake.scoring;

import java.util.List;
import java.util.Map;

import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.scoring.BandTable.Band;

/**
 * DAST-10. Source: docs/clinical-rules.md#dast-10 — 0 none · 1–2 low · 3–5 moderate · 6–8
 * substantial · 9–10 severe, positive ≥ 3; docs/clinical-rules.md#next-steps — 0
 * reinforce, 1–5 brief intervention, ≥ 6 assessment and referral. Item 3 ("always able to
 * stop") scores its "No": that reversal is in the Questionnaire, so the total here is a
 * plain sum.
 */
final class Dast10Rules implements InstrumentRules {

	static final String ID = "dast-10";

	static final int POSITIVE_FROM = 3;

	private static final String PROBLEMS = " related to drug use in the past 12 months.";

	static final BandTable BANDS = new BandTable(
			new Band(0, 0, "none", "Your answers do not point to problems" + PROBLEMS, NextStep.REINFORCE),
			new Band(1, 2, "low", "Your answers suggest a low level of problems" + PROBLEMS,
					NextStep.BRIEF_INTERVENTION),
			new Band(3, 5, "moderate", "Your answers suggest a moderate level of problems" + PROBLEMS,
					NextStep.BRIEF_INTERVENTION),
			new Band(6, 8, "substantial", "Your answers suggest a substantial level of problems" + PROBLEMS,
					NextStep.ASSESSMENT_REFERRAL),
			new Band(9, 10, "severe", "Your answers suggest a severe level of problems" + PROBLEMS,
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
