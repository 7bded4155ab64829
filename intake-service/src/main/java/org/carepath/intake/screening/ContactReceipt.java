package org.carepath.intake.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * What the person is told: their request was recorded, under which reference. No contact
 * details echoed.
 */
record ContactReceipt(UUID screeningId, String reference, Instant recordedAt) {
}
