package org.carepath.content.resource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import org.carepath.content.validation.DatabaseChecks;

/**
 * Ids that each name an entry of the support resource directory. The message lists the
 * unknown ones, in the order given (resource ids are not health data, so they may be
 * echoed). It asks the database: use it in the {@link DatabaseChecks} group. A null list
 * and null entries are valid (pair with {@code @NotNull}, {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = KnownResourcesValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownResources {

	String message() default "unknown resource ids: ${unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
