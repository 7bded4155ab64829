package org.carepath.support.text;

import org.jspecify.annotations.Nullable;

/** Small text helpers every app needs the same way. */
public final class Text {

	private Text() {
	}

	/**
	 * The value, stripped; {@code null} when it was missing or blank, so that an optional
	 * field left empty on a form is stored as "not given".
	 */
	public static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
