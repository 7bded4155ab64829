package org.carepath.intake.screening;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/intake/screenings/{id}/status}. {@code note} is the brief-intervention
 * note, or the reason for closing; {@code recordVersion} (optional) is the one the staff
 * member saw in the detail: a change made on an older one is a conflict instead of
 * overwriting someone else's change.
 */
record StatusChangeRequest(@Nullable String status, @Nullable String note, @Nullable Long recordVersion) {
}
