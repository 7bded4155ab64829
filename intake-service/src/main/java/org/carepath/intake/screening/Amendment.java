package org.carepath.intake.screening;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A correction of the answers: the revision it produced, who made it, when and why, and
 * the scores before/after.
 */
record Amendment(int revision, String amendedBy, Instant at, String reason, @Nullable Integer previousScore,
		@Nullable String previousBand, @Nullable Integer score, @Nullable String band) {
}
