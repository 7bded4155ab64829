package org.carepath.intake.audit;

import java.time.Instant;
import java.util.UUID;

record AuditEntry(UUID id, Instant at, String actor, String action, UUID screeningId, String reason) {
}
