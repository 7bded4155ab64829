package org.carepath.intake.screening;

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
 * An address a mail server would take: RFC 5321 syntax and a domain with a top-level
 * domain IANA knows (Apache Commons Validator, not a home-made pattern), so a typo such
 * as {@code sam@example} or {@code sam@gmail,com} is caught while the person is still on
 * the page. Null and blank mean not given; surrounding spaces are ignored (they are
 * stripped before storing).
 */
@Documented
@Constraint(validatedBy = EmailAddress.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface EmailAddress {

	String message() default "must be an email address such as name@example.org";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<EmailAddress, String> {

		/** No local addresses (name@localhost), no unknown top-level domains. */
		private static final EmailValidator EMAIL = EmailValidator.getInstance(false, false);

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || EMAIL.isValid(value.strip());
		}

	}

}
