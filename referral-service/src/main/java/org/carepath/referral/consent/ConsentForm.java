package org.carepath.referral.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A patient's written consent to disclose, as the clinician records it: one field or
 * group per 42 CFR §2.31 element. Everything is nullable here so the {@link ConsentGate}
 * can name every missing element at once.
 */
@NamedInterface("api")
public record ConsentForm(@Nullable String patientName, @Nullable String discloser, @Nullable Information information,
		@Nullable Recipient recipient, @Nullable String purpose, @Nullable String revocationStatement,
		@Nullable LocalDate expiresOn, @Nullable String expiryEvent, @Nullable Signature signature,
		@Nullable LocalDate signedOn) {

	/** What may be disclosed: a specific description and the data elements it covers. */
	public record Information(@Nullable String description, @Nullable List<String> elements) {
	}

	/** To whom: the program, by id and by name. */
	public record Recipient(@Nullable UUID programId, @Nullable String name) {
	}

	/** Who signed, in which role, and how (a typed e-signature). */
	public record Signature(@Nullable String signedBy, @Nullable String signerRole, @Nullable String typedSignature,
			@Nullable String method) {
	}

}
