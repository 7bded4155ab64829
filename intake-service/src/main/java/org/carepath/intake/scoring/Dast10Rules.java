package org.carepath.intake.scoring;

import java.util.List;
import java.util.Map;

import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.scoring.BandTable.Band;

/**
 * DAST-10. Source: DOMAIN.md §2 — 0 none · 1–2 low · 3–5 moderate · 6–8 substantial ·
 * 9–10 severe, positive ≥ 3; §4 — 0 reinforce, 1–5 brief intervention, ≥ 6 assessment and
 * referral. Item 3 ("always able to stop") scores its "No": that reversal is in the
 * Questionnaire, so the total here is a plain sum.
 */
final class Dast10Rules implements InstrumentRules {

	static final String ID = "dast-10";

	static final int POSITIVE_FROM = 3;

	static final int HIGH_FROM = 6;

	private static final String PROBLEMS = " related to drug use in the past 12 months.";

	static final BandTable BANDS = new BandTable(
			new Band(0, 0, "none", "Your answers do not point to problems" + PROBLEMS),
			new Band(1, 2, "low", "Your answers suggest a low level of problems" + PROBLEMS),
			new Band(3, 5, "moderate", "Your answers suggest a moderate level of problems" + PROBLEMS),
			new Band(6, 8, "substantial", "Your answers suggest a substantial level of problems" + PROBLEMS),
			new Band(9, 10, "severe", "Your answers suggest a severe level of problems" + PROBLEMS));

	@Override
	public void check(Instrument instrument) {
		BANDS.checkCovers(ID, InstrumentRules.maxScore(instrument));
	}

	@Override
	public ScoreResult interpret(Tally tally, Respondent respondent) {
		int score = tally.total();
		Band band = BANDS.of(score);
		NextStep nextStep = (score == 0) ? NextStep.REINFORCE
				: (score < HIGH_FROM) ? NextStep.BRIEF_INTERVENTION : NextStep.ASSESSMENT_REFERRAL;
		return new ScoreResult(score, band.code(), score >= POSITIVE_FROM, false, nextStep,
				InstrumentRules.interpretation(band.meaning()), List.of(), Map.of());
	}

}
