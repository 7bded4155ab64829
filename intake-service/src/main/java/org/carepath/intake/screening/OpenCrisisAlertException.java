package org.carepath.intake.screening;

/**
 * A screening whose crisis alert nobody has acknowledged stays open: someone takes it on
 * first (docs/clinical-rules.md).
 */
class OpenCrisisAlertException extends RuntimeException {

	private final Status current;

	private final Status to;

	OpenCrisisAlertException(Status current, Status to) {
		super("Open crisis alert: a " + current.code() + " screening cannot become " + to.code());
		this.current = current;
		this.to = to;
	}

	Status current() {
		return this.current;
	}

	Status to() {
		return this.to;
	}

}
