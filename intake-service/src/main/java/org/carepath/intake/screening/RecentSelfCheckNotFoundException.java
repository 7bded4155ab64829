package org.carepath.intake.screening;

/**
 * No self-check taken within the contact window has this id: unknown, too old, or
 * administered by staff, told apart to nobody.
 */
class RecentSelfCheckNotFoundException extends RuntimeException {

	RecentSelfCheckNotFoundException() {
		super("No recent self-check with this id");
	}

}
