package org.carepath.referral.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

record AuditEntry(UUID id, Instant at, String actor, String action, @Nullable UUID referralId, String reason) {
}
