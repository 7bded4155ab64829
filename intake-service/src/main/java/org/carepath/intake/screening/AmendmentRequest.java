package org.carepath.intake.screening;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/intake/screenings/{id}/amendments}: the full corrected answer set
 * (scored again on the server with the screening's instrument version) and why it is
 * corrected. {@code recordVersion} works as in a status change.
 */
record AmendmentRequest(
		@NotEmpty(message = "required: the full corrected set of answers") @Nullable Map<String, Object> answers,
		@NotBlank(message = "required: why the answers are corrected") @Size(max = Amendments.MAX_REASON,
				message = "at most " + Amendments.MAX_REASON + " characters") @Nullable String reason,
		@Nullable Long recordVersion) {
}
