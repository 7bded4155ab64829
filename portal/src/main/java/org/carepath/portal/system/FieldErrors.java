package org.carepath.portal.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What was wrong with a posted form, keyed by the id of the field to fix: the error
 * summary links to the field, the field points at its message with
 * {@code aria-describedby} (the shared field fragments read it). Each form keeps its own
 * mapping from the service's field names to its ids ({@code ReferralErrors},
 * {@code StatusErrors}, {@code FormErrors}).
 */
public record FieldErrors(List<Message> messages) implements FieldMessages {

	public FieldErrors {
		messages = List.copyOf(messages);
	}

	public static FieldErrors none() {
		return new FieldErrors(List.of());
	}

	public static FieldErrors of(String fieldId, String label, String text) {
		return new FieldErrors(List.of(new Message(fieldId, label, text)));
	}

	/**
	 * The service's refusal, field by field; a problem without field errors shows its
	 * detail (or {@code fallback}) above the form ({@code formId}).
	 */
	public static FieldErrors from(ServiceProblem problem, String formId, Function<String, @Nullable Field> fields,
			String fallback) {
		FieldErrors errors = placed(problem, formId, fields);
		return errors.isEmpty() ? of(formId, "", (problem.detail() != null) ? problem.detail() : fallback) : errors;
	}

	/**
	 * Only the problem's field errors, each next to the field {@code fields} maps its API
	 * name to; one it maps to no field ({@code null}) goes above the form
	 * ({@code formId}).
	 */
	public static FieldErrors placed(ServiceProblem problem, String formId, Function<String, @Nullable Field> fields) {
		List<Message> messages = new ArrayList<>();
		for (ServiceProblem.FieldProblem error : problem.errors()) {
			Field field = fields.apply(error.field());
			messages.add((field != null) ? new Message(field.id(), field.label(), error.message())
					: new Message(formId, "", error.message()));
		}
		return new FieldErrors(messages);
	}

	public FieldErrors and(String fieldId, String label, String text) {
		List<Message> all = new ArrayList<>(this.messages);
		all.add(new Message(fieldId, label, text));
		return new FieldErrors(all);
	}

	/**
	 * The {@code aria-describedby} value: the field's hint (if any) and, when it has one,
	 * its error message.
	 */
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

	public record Message(String fieldId, String label, String text) implements FieldMessages.Message {
	}

	/** A form field: its id, and the label the summary names it by. */
	public record Field(String id, String label) {
	}

}
