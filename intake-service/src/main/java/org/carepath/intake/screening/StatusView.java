package org.carepath.intake.screening;

import java.util.List;
import java.util.UUID;

/**
 * A screening's place in the workflow after a change: where it is, where it may go next,
 * how it got there.
 */
record StatusView(UUID id, String status, long recordVersion, List<String> allowedTransitions,
		List<StatusChange> history) {
}
