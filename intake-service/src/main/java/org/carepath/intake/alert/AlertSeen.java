package org.carepath.intake.alert;

import java.time.Instant;

/** The first time a staff member saw an open crisis alert. */
public record AlertSeen(String by, Instant at) {
}
