package org.carepath.intake.screening;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/intake/screenings/{id}/contact}: the result page's optional "please
 * contact me". A way to reach the person and their consent are both needed; a missing way
 * is reported on {@code contact}. A phone must be one the clinic can dial, an email an
 * address a mail server takes, the preferred time one of {@link PreferredTime}. The
 * components are in the order of the form, which is the order errors are listed in.
 */
@ReachableContact(property = "contact")
record ContactRequest(@Size(max = 200, message = "at most 200 characters") @Nullable String name,
		@Size(max = 40, message = "at most 40 characters") @DialablePhoneNumber @Nullable String phone,
		@Size(max = 254, message = "at most 254 characters") @EmailAddress @Nullable String email,
		@Pattern(regexp = PreferredTime.CODES, message = PreferredTime.MESSAGE) @Nullable String preferredTime,
		@NotNull(message = CONSENT_NEEDED) @AssertTrue(message = CONSENT_NEEDED) @Nullable Boolean consentToContact)
		implements
			ContactDetails {

	static final String CONSENT_NEEDED = "must be true: we contact you only if you agree";

}
