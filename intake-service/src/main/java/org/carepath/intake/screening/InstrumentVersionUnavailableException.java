package org.carepath.intake.screening;

/**
 * The screening was taken with an instrument version that is no longer shipped, so its
 * answers cannot be scored again.
 */
class InstrumentVersionUnavailableException extends RuntimeException {

	InstrumentVersionUnavailableException(String instrument, String version) {
		super("Instrument " + instrument + " " + version + " is no longer shipped");
	}

}
