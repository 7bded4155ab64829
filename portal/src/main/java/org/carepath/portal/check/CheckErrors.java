package org.carepath.portal.check;

import java.util.ArrayList;
import java.util.List;

import org.carepath.portal.system.FieldMessages;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

/**
 * What was wrong with a posted self-check, keyed by the id of the control to fix: the
 * error summary links to it, the question points at its message with
 * {@code aria-describedby}. Built from the intake service's {@code errors} list
 * ({@code answers.<linkId>}, {@code respondent.sex}, …).
 */
record CheckErrors(List<Message> messages) implements FieldMessages {

	/** Where a message that names no known item links to: the form itself. */
	static final String FORM = "check-form";

	CheckErrors {
		messages = List.copyOf(messages);
	}

	static CheckErrors none() {
		return new CheckErrors(List.of());
	}

	static CheckErrors from(Questionnaire questionnaire, ServiceProblem problem) {
		Builder builder = new Builder();
		for (ServiceProblem.FieldProblem error : problem.errors()) {
			builder.add(questionnaire, error.field(), error.message());
		}
		if (builder.messages.isEmpty()) {
			builder.messages.add(new Message(FORM, FORM, "", (problem.detail() != null) ? problem.detail()
					: "Some answers could not be accepted. Please check the form and try again."));
		}
		return builder.build();
	}

	/**
	 * The {@code aria-describedby} value: the hint or note (if any) and, when there is
	 * one, the error message.
	 */
	public @Nullable String describedBy(String fieldId, @Nullable String... others) {
		List<String> ids = new ArrayList<>();
		if (others != null) {
			for (String other : others) {
				if (other != null) {
					ids.add(other);
				}
			}
		}
		if (has(fieldId)) {
			ids.add(fieldId + "-error");
		}
		return ids.isEmpty() ? null : String.join(" ", ids);
	}

	/**
	 * One problem; {@code anchor} is the control the summary links to, {@code label}
	 * prefixes it in the summary ("Question 3: is required").
	 */
	record Message(String fieldId, String anchor, String label, String text) implements FieldMessages.Message {
	}

	static final class Builder {

		private final List<Message> messages = new ArrayList<>();

		/**
		 * Adds a message for an API field name, mapped to the form control it is about.
		 */
		void add(Questionnaire questionnaire, String field, String text) {
			int before = this.messages.size();
			place(questionnaire, field, text);
			// One message per field: the first one the service gave.
			if (this.messages.size() > before) {
				Message added = this.messages.getLast();
				if (!added.fieldId().equals(FORM) && this.messages.subList(0, before)
					.stream()
					.anyMatch(message -> message.fieldId().equals(added.fieldId()))) {
					this.messages.removeLast();
				}
			}
		}

		private void place(Questionnaire questionnaire, String field, String text) {
			if (field.startsWith("answers.")) {
				Questionnaire.Item item = questionnaire.item(field.substring("answers.".length()));
				if (item != null) {
					String label = item.isDisplay() ? "" : "Question " + questionnaire.numberOf(item);
					this.messages.add(item.isDisplay() ? new Message(FORM, FORM, label, text)
							: new Message(item.fieldBase(), item.fieldId(), label, text));
					return;
				}
			}
			else if (field.equals("respondent.sex")) {
				this.messages.add(new Message("sex", "sex-female", "Sex", text));
				return;
			}
			else if (field.equals("respondent.ageBand")) {
				this.messages.add(new Message("age-band", "age-band", "Age", text));
				return;
			}
			this.messages.add(new Message(FORM, FORM, "", text));
		}

		boolean isEmpty() {
			return this.messages.isEmpty();
		}

		CheckErrors build() {
			return new CheckErrors(this.messages);
		}

	}

}
