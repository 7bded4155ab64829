package org.carepath.intake.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.carepath.intake.notification.NotificationView;

/**
 * A screening's crisis alert as its detail shows it
 * (docs/clinical-rules.md#crisis-alerts): where it went, who saw it while it was open,
 * who acknowledged it and when, and whom it was notified to (oldest first).
 */
public record ScreeningAlert(UUID id, String status, Instant raisedAt, String alertedTo, List<AlertSeen> seenBy,
		@Nullable String acknowledgedBy, @Nullable Instant acknowledgedAt, List<NotificationView> notifications) {
}
