package org.carepath.portal.oncall;

import org.carepath.portal.system.FieldErrors;
import org.carepath.portal.system.FieldErrors.Field;
import org.carepath.portal.system.ServiceProblem;

/**
 * Where intake's refusal of a roster change belongs on the page: its 400 field errors
 * next to the fields (by the API's names), an overlap (409) or anything else above the
 * form that was posted, in words.
 */
final class RosterErrors {

	static final String CONTACT_FORM = "contact-form";

	static final String CONTACT_EMAIL = "escalation-contact-email";

	static final String SLOT_OVERLAP = "This slot overlaps a slot already on the roster. Change its days or times,"
			+ " or delete the other slot first.";

	static final String EXCEPTION_OVERLAP = "This exception overlaps an exception already on the roster. Change its"
			+ " dates, or delete the other exception first.";

	private RosterErrors() {
	}

	static FieldErrors slot(ServiceProblem problem) {
		if (problem.status() == 409) {
			return FieldErrors.of(SlotForm.FORM, "", (problem.detail() != null) ? problem.detail() : SLOT_OVERLAP);
		}
		return FieldErrors.from(problem, SlotForm.FORM, apiField -> switch (apiField) {
			case "startDay" -> new Field("slot-start-day", "Starts on");
			case "startTime" -> new Field("slot-start-time", "Starts at");
			case "endDay" -> new Field("slot-end-day", "Ends on");
			case "endTime" -> new Field("slot-end-time", "Ends at");
			case "primary" -> new Field("slot-primary", "Primary contact");
			case "escalation" -> new Field("slot-escalation", "Escalation contact");
			default -> null;
		}, "The intake service did not accept this slot. Please check the form and try again.");
	}

	static FieldErrors exception(ServiceProblem problem) {
		if (problem.status() == 409) {
			return FieldErrors.of(ExceptionForm.FORM, "",
					(problem.detail() != null) ? problem.detail() : EXCEPTION_OVERLAP);
		}
		return FieldErrors.from(problem, ExceptionForm.FORM, apiField -> switch (apiField) {
			case "start" -> new Field("exception-start", "Starts");
			case "end" -> new Field("exception-end", "Ends");
			case "primary" -> new Field("exception-primary", "Primary contact");
			case "escalation" -> new Field("exception-escalation", "Escalation contact");
			case "note" -> new Field("exception-note", "Note");
			default -> null;
		}, "The intake service did not accept this exception. Please check the form and try again.");
	}

	static FieldErrors contact(ServiceProblem problem) {
		return FieldErrors.from(problem, CONTACT_FORM,
				apiField -> "email".equals(apiField) ? new Field(CONTACT_EMAIL, "Escalation contact") : null,
				"The intake service did not accept this address. Please check it and try again.");
	}

}
