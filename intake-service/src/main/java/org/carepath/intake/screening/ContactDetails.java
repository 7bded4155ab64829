package org.carepath.intake.screening;

import org.jspecify.annotations.Nullable;

import static org.carepath.support.text.Text.blankToNull;

/**
 * Contact details as a request carries them, for the rules they share
 * ({@link ReachableContact}, {@link DetailsOnlyWithConsent}).
 */
interface ContactDetails {

	@Nullable String name();

	@Nullable String phone();

	@Nullable String email();

	@Nullable String preferredTime();

	@Nullable Boolean consentToContact();

	default boolean consented() {
		return Boolean.TRUE.equals(consentToContact());
	}

	/** A phone number or an email address to reach the person by. */
	default boolean reachable() {
		return blankToNull(phone()) != null || blankToNull(email()) != null;
	}

	default boolean hasDetails() {
		return blankToNull(name()) != null || reachable();
	}

}
