package org.carepath.intake.oncall;

/** No slot or exception has the id an admin tried to remove. */
class RosterEntryNotFoundException extends RuntimeException {

	RosterEntryNotFoundException() {
		super("No on-call slot or exception has this id");
	}

}
