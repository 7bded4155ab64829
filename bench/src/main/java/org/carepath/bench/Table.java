package org.carepath.bench;

import java.util.Locale;
import java.util.Map;

/** The figures as a two-column table for the terminal. */
final class Table {

	private Table() {
	}

	static String of(Map<String, Object> figures) {
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT, "%-44s %12s%n", "figure", "value"));
		table.append("-".repeat(57)).append('\n');
		figures.forEach((key, value) -> append(table, key, value));
		return table.toString();
	}

	/** Nested figures as one line each, {@code key.part[.part]}. */
	private static void append(StringBuilder table, String key, Object value) {
		if (value instanceof Map<?, ?> parts) {
			parts.forEach((part, inner) -> append(table, key + "." + part, inner));
		}
		else {
			table.append(String.format(Locale.ROOT, "%-44s %12s%n", key, number(value)));
		}
	}

	private static String number(Object value) {
		double d = ((Number) value).doubleValue();
		return d == Math.rint(d) && Math.abs(d) < 1e12 ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
	}

}
