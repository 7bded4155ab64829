package org.carepath.content.revision;

import java.util.Arrays;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Where a revision stands. {@code draft → in-review → published}, or from review back to
 * {@code draft} with the reviewer's comments. A published revision becomes
 * {@code superseded} when a newer one is approved (and an unsubmitted draft when the
 * editor saves a newer one); {@code archived} when the article is withdrawn.
 */
enum RevisionState {

	DRAFT("draft"), IN_REVIEW("in-review"), PUBLISHED("published"), SUPERSEDED("superseded"), ARCHIVED("archived");

	private final String value;

	RevisionState(String value) {
		this.value = value;
	}

	String value() {
		return this.value;
	}

	static RevisionState of(String value) {
		return Arrays.stream(values())
			.filter(state -> state.value.equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown revision state " + value));
	}

	@Converter(autoApply = true)
	static class Column implements AttributeConverter<RevisionState, String> {

		@Override
		public String convertToDatabaseColumn(RevisionState state) {
			return (state != null) ? state.value : null;
		}

		@Override
		public RevisionState convertToEntityAttribute(String value) {
			return (value != null) ? of(value) : null;
		}

	}

}
