package org.carepath.intake.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A crisis alert as staff see it: which screening (by reference), how long it has waited,
 * where it was sent ({@code alertedTo}), who saw it while it was open and who
 * acknowledged it.
 */
record AlertRow(UUID id, UUID screeningId, String screeningReference, String instrument, String status,
		Instant raisedAt, @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, long waitingMinutes,
		String alertedTo, List<AlertSeen> seenBy) {
}
