package org.carepath.intake.screening;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A row of the staff queue: what to pick up next and how long it has waited. No answers, no contact details. */
record QueueItem(UUID id, String reference, String instrument, String instrumentVersion, String mode, String status,
		boolean crisis, Instant completedAt, long waitingMinutes) {

	static QueueItem of(Screening screening, Instant now) {
		return new QueueItem(screening.getId(), screening.getReference(), screening.getInstrumentId(),
				screening.getInstrumentVersion(), screening.getMode(), screening.getStatus(), screening.isCrisis(),
				screening.getCompletedAt(), Duration.between(screening.getCompletedAt(), now).toMinutes());
	}

}
