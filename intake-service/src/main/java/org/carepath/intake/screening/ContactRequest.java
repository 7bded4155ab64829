package org.carepath.intake.screening;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/intake/screenings/{id}/contact}: the result page's optional "please
 * contact me".
 */
record ContactRequest(@Nullable String name, @Nullable String phone, @Nullable String email,
		@Nullable Boolean consentToContact) {
}
