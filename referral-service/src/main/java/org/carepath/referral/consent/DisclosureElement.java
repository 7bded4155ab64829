package org.carepath.referral.consent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The data elements a consent can cover and a referral can carry (the consent's "what
 * information", 42 CFR §2.31(a)(3), docs/part2-consent.md). The id is the element's form
 * in JSON and in the database; the label is how the patient is asked about it. The level
 * of care and the reason category travel with every referral, so every consent must cover
 * them.
 */
public enum DisclosureElement {

	LEVEL_OF_CARE("level-of-care", "The level of care chosen", true),

	REASON_CATEGORY("reason-category", "The reason for the referral (a category, never notes)", true),

	IDENTITY_AND_CONTACT("identity-and-contact", "Name and contact details (phone, email, how to reach them)", false),

	SCREENING_SCORES("screening-scores", "Screening result (instrument, score and band; never the answers)", false);

	private final String id;

	private final String label;

	private final boolean alwaysSent;

	DisclosureElement(String id, String label, boolean alwaysSent) {
		this.id = id;
		this.label = label;
		this.alwaysSent = alwaysSent;
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

	public static Optional<DisclosureElement> of(String id) {
		return Arrays.stream(values()).filter(element -> element.id.equals(id)).findFirst();
	}

	/** Every id, sorted: what a message lists as the valid choices. */
	static List<String> ids() {
		return Arrays.stream(values()).map(DisclosureElement::id).sorted().toList();
	}

}
