package org.carepath.intake.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.carepath.intake.notification.NotificationView;

/**
 * A crisis alert as staff see it: which screening (by reference), how long it has waited,
 * where it was sent ({@code alertedTo}), who saw it while it was open, who acknowledged
 * it, and whom it was notified to ({@code notifications}, oldest first).
 */
record AlertRow(UUID id, UUID screeningId, String screeningReference, String instrument, String status,
		Instant raisedAt, @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, long waitingMinutes,
		String alertedTo, List<AlertSeen> seenBy, List<NotificationView> notifications) {
}
