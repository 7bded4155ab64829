package org.carepath.intake.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.Item;
import org.carepath.intake.scoring.BandTable.Band;

/**
 * CRAFFT 2.1. Source: docs/clinical-rules.md#crafft — Part A counts days of use (never
 * scored), Part B scores 1 per Yes, 0–6, ≥ 2 high risk; with no use in Part A only the
 * Car question is asked (the Questionnaire's enableWhen, enforced by the scorer).
 * docs/clinical-rules.md#next-steps — 0 with no use: reinforce; 0–1 with use: brief
 * intervention; ≥ 2: assessment and referral (the steps of {@link #BANDS}).
 */
final class Crafft21Rules implements InstrumentRules {

	static final String ID = "crafft-2.1";

	/** The Car question, asked of everyone. */
	static final String CAR = "car";

	static final String YES = "LA33-6";

	static final int HIGH_RISK_FROM = 2;

	static final BandTable BANDS = new BandTable(
			new Band(0, 1, "low-risk", "Your answers suggest a lower risk of problems with alcohol or drugs.",
					NextStep.BRIEF_INTERVENTION),
			new Band(2, 6, "high-risk",
					"Your answers suggest a higher risk of problems with alcohol or drugs, so a fuller check with a"
							+ " clinician is recommended.",
					NextStep.ASSESSMENT_REFERRAL));

	@Override
	public void check(Instrument instrument) {
		BANDS.checkCovers(ID, InstrumentRules.maxScore(instrument));
		Item car = instrument.item(CAR)
			.orElseThrow(() -> new IllegalStateException(ID + ": no Car question (linkId '" + CAR + "')"));
		if (car.isConditional() || !car.required() || car.option(YES).isEmpty()) {
			throw new IllegalStateException(ID + ": the Car question must be asked of everyone, with a Yes option");
		}
		if (instrument.questions().stream().noneMatch(item -> item.type() == Item.Type.INTEGER)) {
			throw new IllegalStateException(ID + ": Part A (days of use) is missing");
		}
	}

	@Override
	public ScoreResult interpret(Tally tally, Respondent respondent) {
		int score = tally.total();
		Band band = BANDS.of(score);
		boolean anyUse = tally.anyCountAboveZero();
		boolean carYes = tally.instrument()
			.item(CAR)
			.flatMap(tally::chosen)
			.map(option -> option.code().equals(YES))
			.orElse(false);
		List<String> notes = new ArrayList<>();
		if (!anyUse) {
			notes.add("No use of alcohol, cannabis or other drugs reported in Part A: only the Car question was"
					+ " asked.");
		}
		if (carYes) {
			notes.add("Car question answered Yes: talk about riding with a driver who has been drinking or using"
					+ " drugs, whatever the score.");
		}
		// The band's step, except with no use at all: then only the Car question was
		// asked,
		// and a No reinforces. No use but Car Yes is not in the table: a conversation,
		// not
		// silence (docs/clinical-rules.md).
		NextStep nextStep = (!anyUse && !carYes) ? NextStep.REINFORCE : band.nextStep();
		String meaning = anyUse ? band.meaning()
				: "You reported no alcohol, cannabis or other drug use in the past 12 months. " + band.meaning();
		return new ScoreResult(score, band.code(), score >= HIGH_RISK_FROM, false, nextStep,
				InstrumentRules.interpretation(meaning), notes, Map.of());
	}

}
