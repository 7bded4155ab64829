package org.carepath.intake.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carepath.intake.instrument.Coding;
import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.Item;
import org.carepath.intake.scoring.BandTable.Band;

/**
 * AUDIT-C. Source: docs/clinical-rules.md#audit-c — three items 0–4, sum 0–12; positive ≥
 * 4 for men, ≥ 3 for women; when all points come from item 1, drinking is likely within
 * limits and a clinician reviews. Sex not given: the lower cut-off (3), said in the
 * notes. docs/clinical-rules.md#next-steps — positive: brief intervention; below the
 * cut-off: reinforce.
 */
final class AuditCRules implements InstrumentRules {

	static final String ID = "audit-c";

	/** Item 1, how often a drink containing alcohol. Found by its LOINC code. */
	static final String ITEM_1 = "68518-0";

	static final int MEN_POSITIVE_FROM = 4;

	static final int WOMEN_POSITIVE_FROM = 3;

	static final int MAX_SCORE = 12;

	/**
	 * Two bands split at the sex-specific cut-off: positive suggests a brief
	 * intervention, negative reinforces.
	 */
	static BandTable bands(int positiveFrom) {
		return new BandTable(
				new Band(0, positiveFrom - 1, "negative",
						"Your answers suggest your drinking is below the level this screening flags as risky.",
						NextStep.REINFORCE),
				new Band(positiveFrom, MAX_SCORE, "positive",
						"Your answers suggest your drinking may be putting your health at risk.",
						NextStep.BRIEF_INTERVENTION));
	}

	@Override
	public void check(Instrument instrument) {
		int maxScore = InstrumentRules.maxScore(instrument);
		if (maxScore != MAX_SCORE) {
			throw new IllegalStateException(ID + ": items add up to at most " + maxScore + ", expected " + MAX_SCORE);
		}
		bands(MEN_POSITIVE_FROM).checkCovers(ID, maxScore);
		bands(WOMEN_POSITIVE_FROM).checkCovers(ID, maxScore);
		InstrumentRules.requiredItem(instrument, Coding.LOINC, ITEM_1, "AUDIT-C item 1");
	}

	@Override
	public ScoreResult interpret(Tally tally, Respondent respondent) {
		int score = tally.total();
		List<String> notes = new ArrayList<>();
		int positiveFrom = switch (respondent.sex()) {
			case MALE -> MEN_POSITIVE_FROM;
			case FEMALE -> WOMEN_POSITIVE_FROM;
			case NOT_GIVEN -> {
				notes.add("Sex not given: the lower AUDIT-C threshold (" + WOMEN_POSITIVE_FROM + ") was used.");
				yield WOMEN_POSITIVE_FROM;
			}
			case OTHER -> {
				notes.add("Sex recorded as other: the lower AUDIT-C threshold (" + WOMEN_POSITIVE_FROM + ") was used.");
				yield WOMEN_POSITIVE_FROM;
			}
		};
		boolean positive = score >= positiveFrom;
		Item item1 = InstrumentRules.requiredItem(tally.instrument(), Coding.LOINC, ITEM_1, "AUDIT-C item 1");
		if (positive && tally.pointsFor(item1) == score) {
			notes.add("All AUDIT-C points came from item 1 (how often): drinking may be within recommended limits"
					+ " — clinician should review.");
		}
		Band band = bands(positiveFrom).of(score);
		return new ScoreResult(score, band.code(), positive, false, band.nextStep(),
				InstrumentRules.interpretation(band.meaning()), notes, Map.of());
	}

}
