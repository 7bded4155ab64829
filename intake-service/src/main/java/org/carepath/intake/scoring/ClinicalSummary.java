package org.carepath.intake.scoring;

import org.jspecify.annotations.Nullable;

import org.carepath.intake.instrument.Instrument;

/**
 * A scored screening in one line for staff screens (the queue, the detail), in the
 * clinical rules' words rather than the person's: "PHQ-9 item 9 positive — same-day
 * clinician review; total 1 of 27 (minimal)" or "DAST-10 6 of 10 (substantial, positive)
 * — brief intervention and referral for a full assessment"
 * (docs/clinical-rules.md#next-steps).
 */
public final class ClinicalSummary {

	private ClinicalSummary() {
	}

	/**
	 * @param instrument the instrument as shipped, or null when that one is no longer
	 * shipped (then named by its id, without the highest score)
	 */
	public static String of(String instrumentId, @Nullable Instrument instrument, int score, String band,
			boolean positive, boolean crisis, NextStep step) {
		String name = (instrument != null) ? instrument.shortTitle() : instrumentId;
		String total = score + ((instrument != null) ? " of " + instrument.maxScore() : "") + " (" + band
				+ (positive ? ", positive" : "") + ")";
		if (crisis) {
			String finding = InstrumentRules.forId(instrumentId).map(InstrumentRules::crisisFinding).orElse("crisis");
			return name + " " + finding + " — " + step.staffText() + "; total " + total;
		}
		return name + " " + total + " — " + step.staffText();
	}

}
