package org.carepath.content.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text without control characters other than tab, carriage return and line feed.
 * PostgreSQL refuses the zero byte in {@code text} and {@code jsonb}, and no other
 * control character belongs in what people read, so such input is a 400 naming the field
 * instead of a failure in the database. {@code null} is valid (pair with
 * {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = NoControlCharactersValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface NoControlCharacters {

	String message() default "must not contain control characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
