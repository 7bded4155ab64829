package org.carepath.intake.screening;

/** Contact details are given once per screening and never replaced afterwards. */
class ContactAlreadyGivenException extends RuntimeException {

	ContactAlreadyGivenException() {
		super("Contact details were already given for this screening");
	}

}
