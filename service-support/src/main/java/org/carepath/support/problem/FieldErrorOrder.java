package org.carepath.support.problem;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.FieldError;

/**
 * Bean Validation reports violations in no particular order and several per field. A form
 * shows every error at once, next to its field, top to bottom: this keeps one message per
 * field and sorts them in the order the request type declares its fields (record
 * components, or fields of a class), element by element for lists.
 */
final class FieldErrorOrder {

	/**
	 * When a field breaks several rules, the one that says "missing" wins: telling
	 * someone an empty field is also too short says nothing more.
	 */
	private static final List<String> FIRST_CODES = List.of("NotNull", "NotBlank", "NotEmpty");

	private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)((?:\\[[^]]*])*)");

	private FieldErrorOrder() {
	}

	/** One error per field, in the request's field order. */
	static List<FieldError> firstPerField(@Nullable Class<?> root, List<FieldError> errors) {
		Comparator<FieldError> byRule = Comparator.comparingInt(FieldErrorOrder::rank);
		Map<String, FieldError> perField = new LinkedHashMap<>();
		errors.stream().sorted(byRule).forEach(error -> perField.putIfAbsent(error.getField(), error));
		List<FieldError> ordered = new ArrayList<>(perField.values());
		ordered
			.sort(Comparator.comparing((FieldError error) -> position(root, error.getField()), FieldErrorOrder::compare)
				.thenComparing(FieldError::getField));
		return ordered;
	}

	private static int rank(FieldError error) {
		int index = FIRST_CODES.indexOf(error.getCode());
		return (index >= 0) ? index : FIRST_CODES.size();
	}

	/**
	 * The position of a property path such as {@code answers[2].value} as a list of
	 * indexes: declaration index of each property, list index of each element.
	 */
	static List<Integer> position(@Nullable Class<?> root, String path) {
		List<Integer> position = new ArrayList<>();
		Type current = root;
		for (String part : path.split("\\.")) {
			Matcher matcher = SEGMENT.matcher(part);
			if (!matcher.matches()) {
				position.add(Integer.MAX_VALUE);
				return position;
			}
			Class<?> type = raw(current);
			Declared declared = (type != null) ? declared(type, matcher.group(1)) : null;
			position.add((declared != null) ? declared.index() : Integer.MAX_VALUE);
			current = (declared != null) ? declared.type() : null;
			String indexes = matcher.group(2);
			if (!indexes.isEmpty()) {
				for (String index : indexes.substring(1, indexes.length() - 1).split("]\\[")) {
					position.add(parseIndex(index));
					current = elementType(current);
				}
			}
		}
		return position;
	}

	private static int compare(List<Integer> left, List<Integer> right) {
		for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
			int order = Integer.compare(left.get(i), right.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(left.size(), right.size());
	}

	private static int parseIndex(String index) {
		try {
			return Integer.parseInt(index);
		}
		catch (NumberFormatException ex) {
			return Integer.MAX_VALUE; // a map key: after the numbered elements
		}
	}

	private record Declared(int index, Type type) {
	}

	private static @Nullable Declared declared(Class<?> type, String name) {
		if (type.isRecord()) {
			RecordComponent[] components = type.getRecordComponents();
			for (int i = 0; i < components.length; i++) {
				if (components[i].getName().equals(name)) {
					return new Declared(i, components[i].getGenericType());
				}
			}
			return null;
		}
		int offset = 0;
		List<Class<?>> hierarchy = new ArrayList<>();
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			hierarchy.add(0, c);
		}
		for (Class<?> c : hierarchy) {
			Field[] fields = c.getDeclaredFields();
			for (int i = 0; i < fields.length; i++) {
				if (fields[i].getName().equals(name)) {
					return new Declared(offset + i, fields[i].getGenericType());
				}
			}
			offset += fields.length;
		}
		return null;
	}

	private static @Nullable Class<?> raw(@Nullable Type type) {
		if (type instanceof Class<?> c) {
			return c;
		}
		if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
			return c;
		}
		return null;
	}

	private static @Nullable Type elementType(@Nullable Type type) {
		if (type instanceof Class<?> c && c.isArray()) {
			return c.getComponentType();
		}
		if (type instanceof ParameterizedType p) {
			Type[] arguments = p.getActualTypeArguments();
			return arguments[arguments.length - 1]; // List<E> → E, Map<K, V> → V
		}
		return null;
	}

}
