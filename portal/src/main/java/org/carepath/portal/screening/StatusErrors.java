package org.carepath.portal.screening;

import java.util.ArrayList;
import java.util.List;

import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

/**
 * What was wrong with a posted status change, keyed by the field to fix ({@code new-status} or {@code note}), in the
 * shape the shared field fragments read ({@code has}, {@code of}, {@code describedBy}, {@code messages}).
 */
record StatusErrors(List<Message> messages) {

	static final String STATUS = "new-status";

	static final String NOTE = "note";

	static final String FORM = "status-form";

	StatusErrors {
		messages = List.copyOf(messages);
	}

	static StatusErrors none() {
		return new StatusErrors(List.of());
	}

	static StatusErrors of(String fieldId, String label, String text) {
		return new StatusErrors(List.of(new Message(fieldId, label, text)));
	}

	/** Intake's 400: {@code status} and {@code note} go next to their fields, anything else above the form. */
	static StatusErrors from(ServiceProblem problem) {
		List<Message> messages = new ArrayList<>();
		for (ServiceProblem.FieldProblem error : problem.errors()) {
			messages.add(switch (error.field()) {
				case "status" -> new Message(STATUS, "New status", error.message());
				case "note" -> new Message(NOTE, "Note", error.message());
				default -> new Message(FORM, "", error.message());
			});
		}
		if (messages.isEmpty()) {
			messages.add(new Message(FORM, "", (problem.detail() != null) ? problem.detail()
					: "The intake service did not accept this change. Please check the form and try again."));
		}
		return new StatusErrors(messages);
	}

	public boolean isEmpty() {
		return this.messages.isEmpty();
	}

	public boolean has(String fieldId) {
		return this.messages.stream().anyMatch(message -> message.fieldId().equals(fieldId));
	}

	public List<String> of(String fieldId) {
		return this.messages.stream().filter(message -> message.fieldId().equals(fieldId)).map(Message::text).toList();
	}

	public @Nullable String describedBy(String fieldId, @Nullable String hintId) {
		List<String> ids = new ArrayList<>();
		if (hintId != null) {
			ids.add(hintId);
		}
		if (has(fieldId)) {
			ids.add(fieldId + "-error");
		}
		return ids.isEmpty() ? null : String.join(" ", ids);
	}

	record Message(String fieldId, String label, String text) {

		public String summaryText() {
			return this.label.isEmpty() ? this.text : this.label + ": " + this.text;
		}

	}

}
