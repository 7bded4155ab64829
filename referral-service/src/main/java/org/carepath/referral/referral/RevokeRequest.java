package org.carepath.referral.referral;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.carepath.referral.consent.SignerRole;

/**
 * {@code POST /api/referrals/{id}/consent/revoke}: how the patient (or who signed for
 * them) asked to revoke, and when the clinic received it, in the clinic's date.
 */
record RevokeRequest(
		@NotBlank(message = "required") @Size(max = 500, message = "at most 500 characters") @Nullable String reason,
		@SignerRole @Nullable String requestedBy,
		@PastOrPresent(message = "must not be in the future") @Nullable LocalDate receivedOn) {

}
