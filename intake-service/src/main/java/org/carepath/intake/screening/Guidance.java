package org.carepath.intake.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resources and articles shown with a result (docs/clinical-rules.md#crisis-safety). The
 * article map is static for now: it moves to the content service once that can be asked
 * which articles relate to an instrument.
 */
final class Guidance {

	static final Resource LIFELINE = new Resource("988", "988 Suicide & Crisis Lifeline",
			"Call or text 988, any time, day or night.", "tel:988", "crisis");

	static final Resource EMERGENCY = new Resource("911", "Emergency services",
			"Call 911 if you or someone else is in immediate danger.", "tel:911", "emergency");

	static final Resource SAMHSA = new Resource("1-800-662-4357", "SAMHSA National Helpline",
			"Free, confidential treatment referral and information, in English and Spanish (1-800-662-HELP)."
					+ " It is not a crisis line.",
			"tel:18006624357", "treatment-referral");

	static final String CRISIS_STATEMENT = "Your answers say you have had thoughts of being better off dead or of hurting"
			+ " yourself. You do not have to wait: call or text 988 to talk with someone now, or call 911 if you are in"
			+ " immediate danger. This form is not watched around the clock, so please do not wait for us to reach you.";

	private static final Map<String, List<Article>> ARTICLES = Map.of("dast-10",
			List.of(new Article("ketamine-addiction", "Ketamine: effects, risks and getting help")));

	private Guidance() {
	}

	static SubmissionResult.CrisisPanel crisisPanel() {
		return new SubmissionResult.CrisisPanel(CRISIS_STATEMENT, List.of(LIFELINE, EMERGENCY));
	}

	/**
	 * 988 and 911 always; the treatment-referral helpline when the screen is positive.
	 */
	static List<Resource> resources(boolean positive) {
		List<Resource> resources = new ArrayList<>(List.of(LIFELINE, EMERGENCY));
		if (positive) {
			resources.add(SAMHSA);
		}
		return List.copyOf(resources);
	}

	static List<Article> articles(String instrument) {
		return ARTICLES.getOrDefault(instrument, List.of());
	}

	record Resource(String number, String name, String description, String href, String kind) {
	}

	record Article(String slug, String title) {
	}

}
