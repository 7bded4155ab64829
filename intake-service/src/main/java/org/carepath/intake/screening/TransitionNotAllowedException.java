package org.carepath.intake.screening;

/**
 * The workflow ({@link Status}) has no way from the screening's status to the one asked.
 */
class TransitionNotAllowedException extends RuntimeException {

	private final Status from;

	private final Status to;

	TransitionNotAllowedException(Status from, Status to) {
		super("A screening that is " + from.code() + " cannot become " + to.code());
		this.from = from;
		this.to = to;
	}

	Status from() {
		return this.from;
	}

	Status to() {
		return this.to;
	}

}
