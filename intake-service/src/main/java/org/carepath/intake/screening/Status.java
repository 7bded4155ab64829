package org.carepath.intake.screening;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Where a screening is in the SBIRT workflow (docs/clinical-rules.md), and the only ways
 * forward; {@link Screening#changeStatus} enforces them. A brief intervention is recorded
 * by the note of its transition; closing straight from review (e.g. a negative screen,
 * reinforced) needs the reason as its note. Stored as its {@link #code()}.
 */
enum Status {

	NEW("new"), IN_REVIEW("in-review"), BRIEF_INTERVENTION_DONE("brief-intervention-done"), REFERRED("referred"),
	CLOSED("closed");

	private final String code;

	Status(String code) {
		this.code = code;
	}

	String code() {
		return this.code;
	}

	static Optional<Status> of(String code) {
		return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
	}

	static Status fromCode(String code) {
		return of(code).orElseThrow(() -> new IllegalStateException("Unknown screening status"));
	}

	List<Status> next() {
		return switch (this) {
			case NEW -> List.of(IN_REVIEW);
			case IN_REVIEW -> List.of(BRIEF_INTERVENTION_DONE, CLOSED);
			case BRIEF_INTERVENTION_DONE -> List.of(REFERRED, CLOSED);
			case REFERRED, CLOSED -> List.of();
		};
	}

	List<String> nextCodes() {
		return next().stream().map(Status::code).toList();
	}

	boolean allows(Status to) {
		return next().contains(to);
	}

	/**
	 * Whether the change needs a note: the brief-intervention note, or the reason for
	 * closing without one.
	 */
	boolean needsNote(Status to) {
		return this == IN_REVIEW && (to == BRIEF_INTERVENTION_DONE || to == CLOSED);
	}

	/**
	 * Referred and closed screenings are finished work: no more amendments, and an open
	 * crisis alert keeps a screening from getting there.
	 */
	boolean isFinished() {
		return this == REFERRED || this == CLOSED;
	}

	/** The column holds the code, as before the status was an enum. */
	@Converter
	static class Column implements AttributeConverter<Status, String> {

		@Override
		public String convertToDatabaseColumn(Status status) {
			return status.code();
		}

		@Override
		public Status convertToEntityAttribute(String code) {
			return fromCode(code);
		}

	}

}
