package org.carepath.portal.system;

import java.util.Collections;
import java.util.LinkedHashMap;
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
		return (word != null) ? word : readable(code);
	}

	/**
	 * A table of codes and their words ({@code code, word, code, word, …}) that keeps its
	 * order, so the same table can list a form's choices in the order they are offered.
	 */
	public static Map<String, String> ordered(String... codesAndWords) {
		if (codesAndWords.length % 2 != 0) {
			throw new IllegalArgumentException("Codes and words come in pairs");
		}
		Map<String, String> table = new LinkedHashMap<>();
		for (int i = 0; i < codesAndWords.length; i += 2) {
			table.put(codesAndWords[i], codesAndWords[i + 1]);
		}
		return Collections.unmodifiableMap(table);
	}

	/** A code as words when no table names it: "in-review" → "In review". */
	public static String readable(String code) {
		if (code.isEmpty()) {
			return code;
		}
		String spaced = code.replace('-', ' ');
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
