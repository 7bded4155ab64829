package org.carepath.intake.scoring;

import java.util.Set;

/**
 * The step a score suggests (DOMAIN.md §4). A decision aid, never a placement: a
 * clinician decides. {@code code} is one of {@code reinforce},
 * {@code brief-intervention}, {@code assessment-referral}, {@code urgent-review}; the
 * text is for the person who took the screening.
 */
public record NextStep(String code, String text) {

	private static final Set<String> CODES = Set.of("reinforce", "brief-intervention", "assessment-referral",
			"urgent-review");

	/** Negative screen: reinforce, educate, rescreen later. */
	public static final NextStep REINFORCE = new NextStep("reinforce",
			"No further step is suggested now. Keep doing what works for you; our information pages may help, and we"
					+ " suggest checking in again at a later visit.");

	/** Low to moderate risk: brief intervention, follow-up, consider assessment. */
	public static final NextStep BRIEF_INTERVENTION = new NextStep("brief-intervention",
			"A short, private conversation with a counselor about these results and what you want to do next, with a"
					+ " follow-up. They may suggest a fuller assessment.");

	/** High risk: brief intervention and referral for a full assessment. */
	public static final NextStep ASSESSMENT_REFERRAL = new NextStep("assessment-referral",
			"A conversation with a counselor and a referral for a full assessment, where a clinician talks with you"
					+ " about what support or treatment would help.");

	/**
	 * PHQ-9 item 9 above 0 (DOMAIN.md §3): same-day clinician review, whatever the other
	 * scores.
	 */
	public static final NextStep URGENT_REVIEW = new NextStep("urgent-review",
			"A clinician will review your answers today. If you are thinking about hurting yourself or feel unsafe"
					+ " now, call or text 988 (Suicide & Crisis Lifeline). If you are in immediate danger, call 911."
					+ " This form is not watched around the clock.");

	public NextStep {
		if (!CODES.contains(code)) {
			throw new IllegalArgumentException("Unknown next step " + code);
		}
	}

}
