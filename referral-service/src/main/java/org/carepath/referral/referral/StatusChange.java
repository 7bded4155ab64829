package org.carepath.referral.referral;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One row of a referral's status history: who ({@code clinic} user or partner id), when,
 * why.
 */
record StatusChange(String status, @Nullable String previousStatus, String changedBy, String changedByKind,
		Instant changedAt, @Nullable LocalDate effectiveOn, @Nullable String reason) {
}
