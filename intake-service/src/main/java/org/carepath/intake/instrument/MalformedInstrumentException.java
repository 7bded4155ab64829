package org.carepath.intake.instrument;

/**
 * An instrument file the service refuses to start with: it names the file and what is
 * wrong.
 */
class MalformedInstrumentException extends RuntimeException {

	MalformedInstrumentException(String source, String problem) {
		super("Instrument " + source + " is malformed: " + problem);
	}

	MalformedInstrumentException(String source, String problem, Throwable cause) {
		super("Instrument " + source + " is malformed: " + problem, cause);
	}

}
