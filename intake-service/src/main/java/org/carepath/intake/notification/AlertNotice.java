package org.carepath.intake.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * What a notification about a crisis alert may carry: the alert, its screening's id (for
 * the link) and reference code, and when it was raised. Nothing else about the screening
 * or the person (docs/clinic-operations.md#what-an-email-carries).
 */
public record AlertNotice(UUID alertId, UUID screeningId, String reference, Instant raisedAt) {
}
