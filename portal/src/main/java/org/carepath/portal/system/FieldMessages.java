package org.carepath.portal.system;

import java.util.List;

/**
 * Error messages keyed by the id of the field they are about, as the error summary and
 * the field fragments read them ({@code has}, {@code of}, {@code messages}).
 * {@link FieldErrors} for most forms; the self-check keeps its own kind, whose summary
 * links to a control other than the field.
 */
public interface FieldMessages {

	List<? extends Message> messages();

	default boolean isEmpty() {
		return messages().isEmpty();
	}

	default boolean has(String fieldId) {
		return messages().stream().anyMatch(message -> message.fieldId().equals(fieldId));
	}

	default List<String> of(String fieldId) {
		return messages().stream().filter(message -> message.fieldId().equals(fieldId)).map(Message::text).toList();
	}

	/**
	 * One problem; {@code label} prefixes it in the summary ("Title: must not be blank").
	 */
	interface Message {

		String fieldId();

		String label();

		String text();

		default String summaryText() {
			return label().isEmpty() ? text() : label() + ": " + text();
		}

	}

}
