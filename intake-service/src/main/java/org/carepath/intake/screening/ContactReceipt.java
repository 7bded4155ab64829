package org.carepath.intake.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * What the person is told: their request was recorded, under which reference, and when
 * someone will look at it (the clinic's opening hours). No contact details echoed: the
 * page that sent them shows what was typed.
 */
record ContactReceipt(UUID screeningId, String reference, Instant recordedAt, OpeningHours.Review review) {
}
