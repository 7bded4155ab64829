package org.carepath.intake.alert;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A crisis alert as staff see it: which screening (by reference), how long it has waited, who acknowledged it. */
record AlertRow(UUID id, UUID screeningId, String screeningReference, String instrument, String status,
		Instant raisedAt, @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, long waitingMinutes) {
}
