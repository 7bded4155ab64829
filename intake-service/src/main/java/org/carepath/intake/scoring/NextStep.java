package org.carepath.intake.scoring;

import java.util.Arrays;
import java.util.Optional;

/**
 * The step a score suggests (docs/clinical-rules.md). A decision aid, never a placement:
 * a clinician decides. {@link #code()} is what is stored and published; {@link #text()}
 * is for the person who took the screening (no clinical shorthand, and no promise of a
 * time: when someone looks depends on the clinic's opening hours, which the result says
 * apart); {@link #staffText()} is the step as the clinical rules name it, for staff
 * screens. Which score leads to which step is the instrument's band table
 * ({@link BandTable}), in one place per instrument.
 */
public enum NextStep {

	/** Negative screen: reinforce, educate, rescreen later. */
	REINFORCE("reinforce",
			"No further step is suggested now. Keep doing what works for you; our information pages may help, and we"
					+ " suggest checking in again at a later visit.",
			"reinforce, educate, rescreen later"),

	/** Low to moderate risk: brief intervention, follow-up, consider assessment. */
	BRIEF_INTERVENTION("brief-intervention",
			"A short, private conversation with a counselor about these results and what you want to do next, with a"
					+ " follow-up. They may suggest a fuller assessment.",
			"brief intervention, follow-up, consider assessment"),

	/** High risk: brief intervention and referral for a full assessment. */
	ASSESSMENT_REFERRAL("assessment-referral",
			"A conversation with a counselor and a referral for a full assessment, where a clinician talks with you"
					+ " about what support or treatment would help.",
			"brief intervention and referral for a full assessment"),

	/**
	 * PHQ-9 item 9 above 0 (docs/clinical-rules.md): same-day clinician review, whatever
	 * the other scores.
	 */
	URGENT_REVIEW("urgent-review",
			"A clinician will look at your answers as soon as the clinic is open. If you are thinking about hurting"
					+ " yourself or feel unsafe now, call or text 988 (Suicide & Crisis Lifeline). If you are in"
					+ " immediate danger, call 911. This form is not watched around the clock.",
			"same-day clinician review");

	private final String code;

	private final String text;

	private final String staffText;

	NextStep(String code, String text, String staffText) {
		this.code = code;
		this.text = text;
		this.staffText = staffText;
	}

	public String code() {
		return this.code;
	}

	public String text() {
		return this.text;
	}

	/** The step in the clinical rules' words, for staff: "same-day clinician review". */
	public String staffText() {
		return this.staffText;
	}

	public static Optional<NextStep> of(String code) {
		return Arrays.stream(values()).filter(step -> step.code.equals(code)).findFirst();
	}

}
