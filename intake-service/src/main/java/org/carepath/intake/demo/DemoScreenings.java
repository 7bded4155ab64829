package org.carepath.intake.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One import: {@code dataset} names it (a second import of the same name is refused),
 * each screening carries its raw answers (scored here) and what happened to it, with the
 * times it happened.
 */
record DemoScreenings(@NotBlank @Size(max = 100) String dataset,
		@NotEmpty @Size(max = 5000) List<@Valid @NotNull Screening> screenings) {

	/**
	 * @param statusChanges in order, from {@code new}; the last is the screening's status
	 * @param acknowledged when and by whom its crisis alert was acknowledged (a screening
	 * the scorer finds in crisis gets an alert raised at {@code completedAt}; without
	 * this it stays open)
	 * @param referrals the referrals made for it, as referral-service reports them
	 */
	record Screening(@NotNull UUID id, @NotNull @Pattern(regexp = "[A-Z0-9]{3}-[A-Z0-9]{4}") String reference,
			@NotBlank String instrument, @NotNull @Pattern(regexp = "self|staff") String mode,
			@NotNull Map<String, Object> answers, @Nullable @Pattern(regexp = "female|male") String sex,
			@NotNull Instant completedAt, @NotNull List<@Valid @NotNull StatusStep> statusChanges,
			@Valid @Nullable Acknowledgement acknowledged, @NotNull List<@Valid @NotNull ReferralState> referrals) {
	}

	record StatusStep(@NotNull @Pattern(regexp = "in-review|brief-intervention-done|referred|closed") String to,
			@NotNull Instant at, @NotBlank @Size(max = 100) String by, @Nullable @Size(max = 4000) String note) {
	}

	record Acknowledgement(@NotNull Instant at, @NotBlank @Size(max = 100) String by) {
	}

	record ReferralState(@NotNull UUID id,
			@NotNull @Pattern(regexp = "requested|accepted|rejected|in-progress|completed|cancelled") String status,
			@NotNull Instant updatedAt) {
	}

}
