package org.carepath.intake.scoring;

import java.util.Arrays;
import java.util.Optional;

/**
 * The step a score suggests (docs/clinical-rules.md). A decision aid, never a placement:
 * a clinician decides. {@link #code()} is what is stored and published; the text is for
 * the person who took the screening. Which score leads to which step is the instrument's
 * band table ({@link BandTable}), in one place per instrument.
 */
public enum NextStep {

	/** Negative screen: reinforce, educate, rescreen later. */
	REINFORCE("reinforce",
			"No further step is suggested now. Keep doing what works for you; our information pages may help, and we"
					+ " suggest checking in again at a later visit."),

	/** Low to moderate risk: brief intervention, follow-up, consider assessment. */
	BRIEF_INTERVENTION("brief-intervention",
			"A short, private conversation with a counselor about these results and what you want to do next, with a"
					+ " follow-up. They may suggest a fuller assessment."),

	/** High risk: brief intervention and referral for a full assessment. */
	ASSESSMENT_REFERRAL("assessment-referral",
			"A conversation with a counselor and a referral for a full assessment, where a clinician talks with you"
					+ " about what support or treatment would help."),

	/**
	 * PHQ-9 item 9 above 0 (docs/clinical-rules.md): same-day clinician review, whatever
	 * the other scores.
	 */
	URGENT_REVIEW("urgent-review",
			"A clinician will review your answers today. If you are thinking about hurting yourself or feel unsafe"
					+ " now, call or text 988 (Suicide & Crisis Lifeline). If you are in immediate danger, call 911."
					+ " This form is not watched around the clock.");

	private final String code;

	private final String text;

	NextStep(String code, String text) {
		this.code = code;
		this.text = text;
	}

	public String code() {
		return this.code;
	}

	public String text() {
		return this.text;
	}

	public static Optional<NextStep> of(String code) {
		return Arrays.stream(values()).filter(step -> step.code.equals(code)).findFirst();
	}

}
