package org.carepath.intake.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of the staff queue: what to pick up next and how long it has waited. No answers,
 * no contact details: {@code contactRequested} only says the person asked to be contacted
 * (and agreed to it). {@code summary} is the result in the clinical rules' words
 * ({@code ClinicalSummary}).
 */
record QueueItem(UUID id, String reference, String instrument, String instrumentTitle, String instrumentVersion,
		String mode, String status, String band, String nextStep, String summary, boolean crisis, boolean openAlert,
		boolean contactRequested, Instant completedAt, long waitingMinutes) {
}
