package org.carepath.portal.system;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A service's code in the words a page shows for it, shared by each area's words bean
 * ({@code @words}, {@code @referralWords}). An unknown code (the service added one) is
 * still shown readably rather than hidden.
 */
public final class CodeWords {

	private CodeWords() {
	}

	/**
	 * The word for {@code code}; "in-review" → "In review" when the table has none; blank
	 * for no code.
	 */
	public static String word(Map<String, String> words, @Nullable String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String word = words.get(code);
		if (word != null) {
			return word;
		}
		String spaced = code.replace('-', ' ');
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
