package org.carepath.referral.consent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The data elements a consent can cover and a referral can carry (the consent's "what
 * information", 42 CFR §2.31(a)(3), docs/part2-consent.md). The id is the element's form
 * in JSON and in the database; the label is how the patient is asked about it. The level
 * of care and the reason category travel with every referral, so every consent must cover
 * them.
 */
public enum DisclosureElement {

	LEVEL_OF_CARE("level-of-care", "The level of care chosen", true,
			"\\blevels?\\s+of\\s+care\\b|\\bcare\\s+levels?\\b|\\basam\\b"),

	REASON_CATEGORY("reason-category", "The reason for the referral (a category, never notes)", true,
			"\\breasons?\\b|\\bwhy\\b"),

	IDENTITY_AND_CONTACT("identity-and-contact", "Name and contact details (phone, email, how to reach them)", false,
			"\\bcontact|\\b(tele)?phone|\\be-?mail"),

	SCREENING_SCORES("screening-scores", "Screening result (instrument, score and band; never the answers)", false,
			"\\bscores?\\b|\\bscreening\\s+results?\\b|\\bresults?\\s+of\\s+(my\\s+|the\\s+|this\\s+)?screening");

	private final String id;

	private final String label;

	private final boolean alwaysSent;

	private final Pattern mention;

	DisclosureElement(String id, String label, boolean alwaysSent, String mention) {
		this.id = id;
		this.label = label;
		this.alwaysSent = alwaysSent;
		this.mention = Pattern.compile(mention);
	}

	@JsonValue
	public String id() {
		return this.id;
	}

	/** The element in the patient's words, as the consent form asks about it. */
	public String label() {
		return this.label;
	}

	public boolean alwaysSent() {
		return this.alwaysSent;
	}

	/**
	 * Whether a description names this element, in its own words or a recognised synonym
	 * ("phone" for contact details, "score" for the screening result).
	 * @param text the description, lower case with single spaces
	 */
	boolean mentionedIn(String text) {
		return this.mention.matcher(text).find();
	}

	public static Optional<DisclosureElement> of(String id) {
		return Arrays.stream(values()).filter(element -> element.id.equals(id)).findFirst();
	}

	/** Every id, sorted: what a message lists as the valid choices. */
	static List<String> ids() {
		return Arrays.stream(values()).map(DisclosureElement::id).sorted().toList();
	}

}
