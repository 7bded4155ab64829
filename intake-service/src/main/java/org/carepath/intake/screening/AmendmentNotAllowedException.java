package org.carepath.intake.screening;

/**
 * Referred and closed screenings are finished work: their answers are no longer
 * corrected.
 */
class AmendmentNotAllowedException extends RuntimeException {

	private final Status status;

	AmendmentNotAllowedException(Status status) {
		super("A " + status.code() + " screening can no longer be amended");
		this.status = status;
	}

	Status status() {
		return this.status;
	}

}
