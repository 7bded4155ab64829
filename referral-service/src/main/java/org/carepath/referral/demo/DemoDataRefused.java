package org.carepath.referral.demo;

/** An import that cannot be stored as it is; nothing of it is. */
class DemoDataRefused extends RuntimeException {

	DemoDataRefused(String message) {
		super(message);
	}

}
