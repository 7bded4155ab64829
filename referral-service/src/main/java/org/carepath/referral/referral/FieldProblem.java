package org.carepath.referral.referral;

import java.util.Collection;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import org.carepath.support.problem.FieldErrorOrder;

/**
 * One field of a request that breaks a rule: its path as the API names it
 * ({@code patient.email}, {@code scores[0].band}) and why. Never the value: it may be
 * health data.
 */
record FieldProblem(String field, String message) {

	/**
	 * The Bean Validation violations of a request, one per field in the request's field
	 * order ({@link FieldErrorOrder}).
	 */
	static List<FieldProblem> of(Class<?> request, Collection<? extends ConstraintViolation<?>> violations) {
		return FieldErrorOrder
			.firstPerField(request, List.copyOf(violations),
					violation -> FieldErrorOrder.path(violation.getPropertyPath()),
					violation -> violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
			.stream()
			.map(violation -> new FieldProblem(FieldErrorOrder.path(violation.getPropertyPath()),
					violation.getMessage()))
			.toList();
	}

	/** One problem per field, the first given for it, in the request's field order. */
	static List<FieldProblem> inFieldOrder(Class<?> request, List<FieldProblem> problems) {
		// All of equal rank. Not null for "no rule": FieldErrorOrder looks a rule up with
		// List.indexOf, which throws on null, so two problems or more answered 500.
		return FieldErrorOrder.firstPerField(request, problems, FieldProblem::field, problem -> "");
	}

}
