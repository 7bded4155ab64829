package org.carepath.intake.alert;

/** No crisis alert has the id a staff member acknowledged. */
class AlertNotFoundException extends RuntimeException {

	AlertNotFoundException() {
		super("No crisis alert has this id");
	}

}
