package org.carepath.intake.oncall;

import java.util.UUID;

/** A new slot or exception would share time with one already on the roster. */
class OverlapException extends RuntimeException {

	private final String kind;

	private final UUID conflictingId;

	OverlapException(String kind, UUID conflictingId) {
		super("Overlapping on-call " + kind);
		this.kind = kind;
		this.conflictingId = conflictingId;
	}

	String kind() {
		return this.kind;
	}

	UUID conflictingId() {
		return this.conflictingId;
	}

}
