package org.carepath.intake.screening;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/intake/screenings/{id}/amendments}: the full corrected answer set
 * (scored again on the server with the screening's instrument version) and why it is
 * corrected. {@code recordVersion} works as in a status change.
 */
record AmendmentRequest(@Nullable Map<String, Object> answers, @Nullable String reason, @Nullable Long recordVersion) {
}
