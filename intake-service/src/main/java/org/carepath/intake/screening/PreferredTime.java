package org.carepath.intake.screening;

import java.util.Arrays;
import java.util.List;

/**
 * When the person would rather be contacted: a closed list, so staff read a choice, not
 * free text. The codes are the API's and the column's ({@code V6}).
 */
enum PreferredTime {

	MORNING("morning"), AFTERNOON("afternoon"), EVENING("evening"), ANY("any");

	/** The codes as a pattern, for the request's constraint; kept equal to the enum. */
	static final String CODES = "morning|afternoon|evening|any";

	static final String MESSAGE = "must be morning, afternoon, evening or any";

	private final String code;

	PreferredTime(String code) {
		this.code = code;
	}

	String code() {
		return this.code;
	}

	static List<String> codes() {
		return Arrays.stream(values()).map(PreferredTime::code).toList();
	}

}
