package org.carepath.intake.oncall;

/**
 * Well-formed fields that make no period together (an exception that ends before it
 * starts): answered like a field error.
 */
class InvalidPeriodException extends RuntimeException {

	private final String field;

	InvalidPeriodException(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
