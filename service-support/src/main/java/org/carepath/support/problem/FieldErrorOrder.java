package org.carepath.support.problem;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.FieldError;

/**
 * Bean Validation reports violations in no particular order and several per field. A form
 * shows every error at once, next to its field, top to bottom: this keeps one message per
 * field and sorts them in the order the request type declares its fields (record
 * components, or fields of a class), element by element for lists.
 */
public final class FieldErrorOrder {

	/**
	 * When a field breaks several rules, the one that says "missing" wins: telling
	 * someone an empty field is also too short says nothing more.
	 */
	private static final List<String> FIRST_CODES = List.of("NotNull", "NotBlank", "NotEmpty");

	private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)((?:\\[[^]]*])*)");

	private FieldErrorOrder() {
	}

	/** One error per field, in the request's field order. */
	public static List<FieldError> firstPerField(@Nullable Class<?> root, List<FieldError> errors) {
		return firstPerField(root, errors, FieldError::getField, FieldError::getCode);
	}

	/**
	 * One error per field, in the order {@code root} declares its fields: for errors of
	 * any shape, given how to read an error's field path and the rule it broke (the
	 * constraint's simple name, or {@code null} for a rule of the app's own).
	 */
	public static <E> List<E> firstPerField(@Nullable Class<?> root, Collection<E> errors, Function<E, String> field,
			Function<E, @Nullable String> rule) {
		Map<String, E> perField = new LinkedHashMap<>();
		errors.stream()
			.sorted(Comparator.comparingInt(error -> rank(rule.apply(error))))
			.forEach(error -> perField.putIfAbsent(field.apply(error), error));
		List<E> ordered = new ArrayList<>(perField.values());
		ordered.sort(Comparator.comparing((E error) -> position(root, field.apply(error)), FieldErrorOrder::compare)
			.thenComparing(field));
		return ordered;
	}

	/**
	 * A Bean Validation property path as an API names the field: {@code scores[0].band};
	 * a class-level rule's own node is left out.
	 */
	public static String path(Path path) {
		StringBuilder field = new StringBuilder();
		for (Path.Node node : path) {
			if (node.isInIterable() && !field.isEmpty()) {
				field.append('[').append((node.getIndex() != null) ? node.getIndex() : node.getKey()).append(']');
			}
			String name = node.getName();
			if (name != null && node.getKind() == ElementKind.PROPERTY && !name.startsWith("<")) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(name);
			}
		}
		return field.toString();
	}

	private static int rank(@Nullable String rule) {
		// List.of refuses indexOf(null): a rule of the app's own has no code.
		int index = (rule != null) ? FIRST_CODES.indexOf(rule) : -1;
		return (index >= 0) ? index : FIRST_CODES.size();
	}

	/**
	 * The position of a property path such as {@code answers[2].value} as a list of
	 * indexes: declaration index of each property, list index of each element.
	 */
	private static List<Integer> position(@Nullable Class<?> root, String path) {
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
