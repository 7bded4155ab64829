package org.carepath.intake.scoring;

/**
 * Answers that cannot be scored; the web layer turns {@link #result()} into a 400 naming
 * each linkId.
 */
public class InvalidAnswersException extends RuntimeException {

	private final transient ValidationResult result;

	InvalidAnswersException(String instrumentId, ValidationResult result) {
		// linkIds only: the message may reach a log, the answers must not.
		super("Invalid answers to " + instrumentId + ": " + String.join(", ", result.linkIds()));
		this.result = result;
	}

	public ValidationResult result() {
		return this.result;
	}

}
