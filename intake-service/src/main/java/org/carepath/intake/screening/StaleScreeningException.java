package org.carepath.intake.screening;

/**
 * A change made on a copy of the screening that someone else has changed since: the later
 * change fails instead of silently replacing the first.
 */
class StaleScreeningException extends RuntimeException {

	private final Status currentStatus;

	private final long currentVersion;

	StaleScreeningException(Status currentStatus, long currentVersion) {
		super("The screening changed since it was read");
		this.currentStatus = currentStatus;
		this.currentVersion = currentVersion;
	}

	Status currentStatus() {
		return this.currentStatus;
	}

	long currentVersion() {
		return this.currentVersion;
	}

}
