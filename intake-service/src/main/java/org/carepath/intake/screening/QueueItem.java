package org.carepath.intake.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of the staff queue: what to pick up next and how long it has waited. No answers,
 * no contact details.
 */
record QueueItem(UUID id, String reference, String instrument, String instrumentVersion, String mode, String status,
		String band, String nextStep, boolean crisis, boolean openAlert, Instant completedAt, long waitingMinutes) {
}
