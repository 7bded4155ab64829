package org.carepath.intake.oncall;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * A staff member's address a mail server would take (Apache Commons Validator). Local
 * domains are allowed: a clinic's own mail domain (and the dev stack's
 * {@code carepath.test}) need not be public. Null and blank are left to
 * {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ContactEmail.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface ContactEmail {

	String message() default "must be an email address such as name@example.org";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ContactEmail, String> {

		private static final EmailValidator EMAIL = EmailValidator.getInstance(true, true);

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || (value.length() <= 254 && EMAIL.isValid(value.strip()));
		}

	}

}
