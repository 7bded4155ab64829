package org.carepath.referral.consent;

import java.util.List;
import java.util.Set;

/**
 * The data elements a consent can cover and a disclosure can carry (the consent's "what
 * information").
 */
public final class DisclosureElements {

	public static final String IDENTITY_AND_CONTACT = "identity-and-contact";

	public static final String SCREENING_SCORES = "screening-scores";

	public static final String LEVEL_OF_CARE = "level-of-care";

	public static final String REASON_CATEGORY = "reason-category";

	/**
	 * A cancellation notice: the opaque referral id and that it is cancelled. Needs no
	 * element of the consent.
	 */
	public static final String CANCELLATION_NOTICE = "cancellation-notice";

	public static final Set<String> ALL = Set.of(IDENTITY_AND_CONTACT, SCREENING_SCORES, LEVEL_OF_CARE,
			REASON_CATEGORY);

	/** Sent with every referral, so every consent must cover them. */
	public static final List<String> ALWAYS_SENT = List.of(LEVEL_OF_CARE, REASON_CATEGORY);

	private DisclosureElements() {
	}

}
