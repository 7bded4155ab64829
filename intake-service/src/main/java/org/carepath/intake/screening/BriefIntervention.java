package org.carepath.intake.screening;

import java.time.Instant;

/**
 * That a brief intervention happened (docs/clinical-rules.md#brief-intervention): who,
 * when and a short note.
 */
record BriefIntervention(String by, Instant at, String note) {
}
