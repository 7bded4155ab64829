package org.carepath.intake.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carepath.intake.instrument.AnswerOption;
import org.carepath.intake.instrument.Coding;
import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.Item;
import org.carepath.intake.scoring.BandTable.Band;

/**
 * PHQ-9. Source: docs/clinical-rules.md#phq-9 — items 1–9 summed 0–27: 0–4 minimal · 5–9
 * mild · 10–14 moderate · 15–19 moderately severe · 20–27 severe, ≥ 10 the usual cut-off;
 * item 10 (difficulty) is not scored. docs/clinical-rules.md#next-steps — below 5
 * reinforce, 5–14 brief intervention, ≥ 15 assessment and referral.
 * docs/clinical-rules.md#crisis-safety — item 9 answered anything but "Not at all" is a
 * safety event whatever the total: crisis, same-day clinician review.
 */
final class Phq9Rules implements InstrumentRules {

	static final String ID = "phq-9";

	/**
	 * Item 9, thoughts of being better off dead or of self-harm. Found by its LOINC code,
	 * not its position.
	 */
	static final String ITEM_9 = "44260-8";

	/** Item 10, how difficult the problems make daily life: recorded, never scored. */
	static final String ITEM_10 = "69722-7";

	static final String NOT_AT_ALL = "LA6568-5";

	static final int POSITIVE_FROM = 10;

	private static final String OVER = " over the last two weeks.";

	static final BandTable BANDS = new BandTable(
			new Band(0, 4, "minimal", "Your answers suggest few or no symptoms of depression" + OVER,
					NextStep.REINFORCE),
			new Band(5, 9, "mild", "Your answers suggest mild symptoms of depression" + OVER,
					NextStep.BRIEF_INTERVENTION),
			new Band(10, 14, "moderate", "Your answers suggest moderate symptoms of depression" + OVER,
					NextStep.BRIEF_INTERVENTION),
			new Band(15, 19, "moderately-severe",
					"Your answers suggest moderately severe symptoms of depression" + OVER,
					NextStep.ASSESSMENT_REFERRAL),
			new Band(20, 27, "severe", "Your answers suggest severe symptoms of depression" + OVER,
					NextStep.ASSESSMENT_REFERRAL));

	private static final String CRISIS = "You told us you have had thoughts that you would be better off dead or of"
			+ " hurting yourself. That matters, and a clinician will look at your answers as soon as the clinic is"
			+ " open.";

	@Override
	public String crisisFinding() {
		return "item 9 positive";
	}

	@Override
	public void check(Instrument instrument) {
		BANDS.checkCovers(ID, InstrumentRules.maxScore(instrument));
		Item item9 = InstrumentRules.requiredItem(instrument, Coding.LOINC, ITEM_9, "PHQ-9 item 9");
		if (item9.option(NOT_AT_ALL).map(AnswerOption::ordinalValue).orElse(-1) != 0) {
			throw new IllegalStateException(
					ID + ": item 9 needs its \"Not at all\" option (" + NOT_AT_ALL + ") scoring 0");
		}
		instrument.itemWithCode(Coding.LOINC, ITEM_10).filter(Item::scored).ifPresent(item -> {
			throw new IllegalStateException(ID + ": item 10 (difficulty) must not be scored");
		});
	}

	@Override
	public ScoreResult interpret(Tally tally, Respondent respondent) {
		Instrument instrument = tally.instrument();
		int score = tally.total();
		Band band = BANDS.of(score);
		List<String> notes = new ArrayList<>();
		Item item9 = InstrumentRules.requiredItem(instrument, Coding.LOINC, ITEM_9, "PHQ-9 item 9");
		AnswerOption thoughts = tally.chosen(item9)
			.orElseThrow(() -> new IllegalStateException("PHQ-9 item 9 was not answered"));
		// By code and by points: should the two ever disagree, err towards the safety
		// event.
		boolean crisis = !thoughts.code().equals(NOT_AT_ALL) || tally.pointsFor(item9) > 0;
		if (crisis) {
			notes.add("Item 9 (thoughts of being better off dead or of self-harm) answered \""
					+ thoughts.coding().display() + "\": same-day clinician review, whatever the total.");
		}
		instrument.itemWithCode(Coding.LOINC, ITEM_10)
			.flatMap(tally::chosen)
			.ifPresent(difficulty -> notes
				.add("Item 10 (not scored): the problems make daily life \"" + difficulty.coding().display() + "\"."));
		// The safety event overrides the band's step (docs/clinical-rules.md).
		NextStep nextStep = crisis ? NextStep.URGENT_REVIEW : band.nextStep();
		String interpretation = InstrumentRules.interpretation(band.meaning());
		return new ScoreResult(score, band.code(), score >= POSITIVE_FROM, crisis, nextStep,
				crisis ? CRISIS + " " + interpretation : interpretation, notes, Map.of());
	}

}
