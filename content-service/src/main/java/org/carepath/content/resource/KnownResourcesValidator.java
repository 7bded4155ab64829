package org.carepath.content.resource;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link KnownResources} against the directory. Spring's validator factory creates
 * it and injects the directory.
 */
class KnownResourcesValidator implements ConstraintValidator<KnownResources, Collection<String>> {

	private final SupportResources resources;

	KnownResourcesValidator(SupportResources resources) {
		this.resources = resources;
	}

	@Override
	public boolean isValid(Collection<String> ids, ConstraintValidatorContext context) {
		if (ids == null) {
			return true;
		}
		List<String> unknown = this.resources.unknown(ids.stream().filter(Objects::nonNull).toList());
		if (unknown.isEmpty()) {
			return true;
		}
		// The ids are what a client sent: they go in as an expression variable, whose
		// value is never read as a template, escaped so that they come out as sent.
		context.unwrap(HibernateConstraintValidatorContext.class)
			.addExpressionVariable("unknown", literal(String.join(", ", unknown)));
		return false;
	}

	/**
	 * Puts a backslash before each backslash, brace and dollar sign: Hibernate Validator
	 * removes one from every message it interpolates.
	 */
	private static String literal(String text) {
		return text.replaceAll("[\\\\{}$]", "\\\\$0");
	}

}
