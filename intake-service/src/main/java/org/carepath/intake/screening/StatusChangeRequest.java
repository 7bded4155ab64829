package org.carepath.intake.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/intake/screenings/{id}/status}. {@code note} is the brief-intervention
 * note, or the reason for closing (which transitions need one is the workflow's rule,
 * {@link Screening#changeStatus}); {@code recordVersion} (optional) is the one the staff
 * member saw in the detail: a change made on an older one is a conflict instead of
 * overwriting someone else's change.
 */
record StatusChangeRequest(@NotBlank(message = "required") @StatusCode @Nullable String status,
		@Size(max = StatusChanges.MAX_NOTE,
				message = "at most " + StatusChanges.MAX_NOTE + " characters") @Nullable String note,
		@Nullable Long recordVersion) {

	/** The status asked for; only called on a valid request. */
	Status target() {
		return Status.fromCode(String.valueOf(this.status).strip());
	}

}
