package org.carepath.portal.screening;

import org.carepath.portal.system.FieldErrors;
import org.carepath.portal.system.FieldErrors.Field;
import org.carepath.portal.system.ServiceProblem;

/**
 * Where intake's refusal of a status change belongs on the form: {@code new-status},
 * {@code note}, or above it.
 */
final class StatusErrors {

	static final String STATUS = "new-status";

	static final String NOTE = "note";

	static final String FORM = "status-form";

	private StatusErrors() {
	}

	/**
	 * Intake's 400: {@code status} and {@code note} go next to their fields, anything
	 * else above the form.
	 */
	static FieldErrors from(ServiceProblem problem) {
		return FieldErrors.from(problem, FORM, apiField -> switch (apiField) {
			case "status" -> new Field(STATUS, "New status");
			case "note" -> new Field(NOTE, "Note");
			default -> null;
		}, "The intake service did not accept this change. Please check the form and try again.");
	}

}
