package org.carepath.content.revision;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An article's address: at most 120 lower-case letters a to z and digits, in words joined
 * by single hyphens (the database checks the same, V1__articles.sql). One constraint for
 * every rule, because the problem carries one message per field: its message names each
 * rule the slug breaks, once, in a fixed order, instead of whichever of several
 * constraints happened to be reported. Blank is {@code @NotBlank}'s to report; null and
 * blank pass here.
 */
@Documented
@Constraint(validatedBy = SlugValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@interface Slug {

	String message() default "must be a valid slug";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
