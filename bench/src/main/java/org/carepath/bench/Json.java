package org.carepath.bench;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** latest.json: numbers, and objects of numbers (idle_rss_mb). */
final class Json {

	private Json() {
	}

	static String write(Map<String, Object> figures) {
		return "{\n" + figures.entrySet()
			.stream()
			.map(entry -> "  \"" + entry.getKey() + "\": " + value(entry.getValue(), "  "))
			.collect(Collectors.joining(",\n")) + "\n}\n";
	}

	private static String value(Object value, String indent) {
		if (value instanceof Map<?, ?> map) {
			return "{\n" + map.entrySet()
				.stream()
				.map(entry -> indent + "  \"" + entry.getKey() + "\": " + value(entry.getValue(), indent + "  "))
				.collect(Collectors.joining(",\n")) + "\n" + indent + "}";
		}
		if (value instanceof Number number) {
			double d = number.doubleValue();
			return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
		}
		throw new IllegalArgumentException("Not a number: " + value);
	}

}
