package org.carepath.intake.screening;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a screening's history: who moved it from one status to another, when, with
 * what note.
 */
record StatusChange(String from, String to, String by, Instant at, @Nullable String note) {
}
