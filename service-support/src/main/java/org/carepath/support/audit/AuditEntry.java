package org.carepath.support.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One audit record: who did what to which subject, when and why. */
public record AuditEntry(UUID id, Instant at, String actor, String action, @Nullable UUID subjectId, String reason) {
}
