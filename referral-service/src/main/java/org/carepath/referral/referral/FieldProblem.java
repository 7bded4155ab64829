package org.carepath.referral.referral;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.jspecify.annotations.Nullable;

/**
 * One field of a request that breaks a rule: its path as the API names it
 * ({@code patient.email}, {@code scores[0].band}) and why. Never the value: it may be
 * health data.
 */
record FieldProblem(String field, String message) {

	/**
	 * When a field breaks several rules, the one that says it is missing wins: telling
	 * someone an empty field is also too short says nothing more.
	 */
	private static final List<String> MISSING = List.of("NotNull", "NotBlank", "NotEmpty");

	private static final java.util.regex.Pattern SEGMENT = java.util.regex.Pattern.compile("([^.\\[]+)(\\[(\\d+)])?");

	/**
	 * The Bean Validation violations of a request, as {@link #inFieldOrder} lists them.
	 */
	static List<FieldProblem> of(Class<?> request, Collection<? extends ConstraintViolation<?>> violations) {
		return inFieldOrder(request,
				violations.stream()
					.sorted(Comparator.comparingInt(violation -> rank(
							violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())))
					.map(violation -> new FieldProblem(path(violation.getPropertyPath()), violation.getMessage()))
					.toList());
	}

	/**
	 * One problem per field, the first given for it, in the order the request declares
	 * its fields (record components, element by element for lists): a form can show every
	 * error at once, top to bottom.
	 */
	static List<FieldProblem> inFieldOrder(Class<?> request, List<FieldProblem> problems) {
		Map<String, FieldProblem> perField = new LinkedHashMap<>();
		problems.forEach(problem -> perField.putIfAbsent(problem.field(), problem));
		List<FieldProblem> ordered = new ArrayList<>(perField.values());
		ordered.sort(Comparator.comparing((FieldProblem problem) -> position(request, problem.field()),
				FieldProblem::compare));
		return ordered;
	}

	/** Missing-value rules first ({@link #MISSING}), then every other. */
	static int rank(@Nullable String rule) {
		int index = MISSING.indexOf(rule);
		return (index >= 0) ? index : MISSING.size();
	}

	/**
	 * {@code scores[0].band} from a property path; a class-level rule's node included.
	 */
	private static String path(Path path) {
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

	/** Declaration index of each property, list index of each element. */
	private static List<Integer> position(Class<?> request, String field) {
		List<Integer> position = new ArrayList<>();
		Type current = request;
		for (String part : field.split("\\.")) {
			Matcher matcher = SEGMENT.matcher(part);
			Class<?> type = raw(current);
			if (!matcher.matches() || type == null || !type.isRecord()) {
				position.add(Integer.MAX_VALUE);
				return position;
			}
			RecordComponent[] components = type.getRecordComponents();
			int index = Integer.MAX_VALUE;
			current = null;
			for (int i = 0; i < components.length; i++) {
				if (components[i].getName().equals(matcher.group(1))) {
					index = i;
					current = components[i].getGenericType();
				}
			}
			position.add(index);
			if (matcher.group(3) != null) {
				position.add(Integer.parseInt(matcher.group(3)));
				current = (current instanceof ParameterizedType list) ? list.getActualTypeArguments()[0] : null;
			}
		}
		return position;
	}

	private static @Nullable Class<?> raw(@Nullable Type type) {
		if (type instanceof Class<?> c) {
			return c;
		}
		return (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) ? c : null;
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

}
