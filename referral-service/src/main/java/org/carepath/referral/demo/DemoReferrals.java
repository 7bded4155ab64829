package org.carepath.referral.demo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One import: {@code dataset} names it (a second import of the same name is refused);
 * each referral names its program by partner id and lists the partner's answers in order,
 * with their times.
 */
record DemoReferrals(@NotBlank @Size(max = 100) String dataset,
		@NotEmpty @Size(max = 5000) List<@Valid @NotNull Referral> referrals) {

	record Referral(@NotNull UUID id, @NotNull UUID screeningId,
			@NotNull @Pattern(regexp = "[A-Z0-9]{3}-[A-Z0-9]{4}") String screeningReference, @NotBlank String partnerId,
			@NotNull @Pattern(regexp = "[0-9](\\.[0-9])?") String levelCode,
			@NotNull @Pattern(
					regexp = "substance-use|alcohol-use|co-occurring-mental-health|youth-substance-use") String reasonCategory,
			@NotBlank @Size(max = 200) String patientName, @NotNull Instant requestedAt,
			@NotBlank @Size(max = 100) String requestedBy, @NotNull List<@Valid @NotNull Answer> answers) {
	}

	record Answer(@NotNull @Pattern(regexp = "accepted|rejected|in-progress|completed") String status,
			@NotNull Instant at) {
	}

}
