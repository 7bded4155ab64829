package org.carepath.intake.screening;

import java.util.List;

/**
 * Request fields that are well-formed but refused by a rule that needs the stored
 * screening (a note the transition needs, a correction that changes nothing). Messages
 * never repeat the value given.
 */
class InvalidFieldsException extends RuntimeException {

	private final List<FieldProblem> problems;

	InvalidFieldsException(String field, String message) {
		super("Invalid field " + field);
		this.problems = List.of(new FieldProblem(field, message));
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

	record FieldProblem(String field, String message) {
	}

}
