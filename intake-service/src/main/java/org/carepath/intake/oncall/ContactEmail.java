package org.carepath.intake.oncall;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.apache.commons.validator.routines.DomainValidator;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * A staff member's address a mail server would take (Apache Commons Validator: syntax and
 * a top-level domain IANA knows, which catches typos such as {@code a@clinic,org}), or
 * one in the names reserved for private networks and testing ({@code .internal},
 * {@code .test} as the dev stack's {@code carepath.test}, RFC 2606 and 6761), where a
 * clinic's own mail may live. Null and blank are left to {@code @NotBlank}.
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

		private static final EmailValidator EMAIL = new EmailValidator(true, false,
				DomainValidator.getInstance(true, List.of(new DomainValidator.Item(DomainValidator.ArrayType.LOCAL_PLUS,
						"test", "example", "invalid", "internal", "local"))));

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || (value.length() <= 254 && EMAIL.isValid(value.strip()));
		}

	}

}
