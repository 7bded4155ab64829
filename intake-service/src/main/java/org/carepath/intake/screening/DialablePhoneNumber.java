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

import org.springframework.beans.factory.annotation.Value;

/**
 * A phone number the clinic can dial back ({@link PhoneNumbers}); null and blank mean not
 * given. The message shows how a number is written in the clinic's region, never the
 * value given.
 */
@Documented
@Constraint(validatedBy = DialablePhoneNumber.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface DialablePhoneNumber {

	String message() default "must be a phone number we can call, with its area code";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<DialablePhoneNumber, String> {

		private final PhoneNumbers phones;

		Validator(@Value("${carepath.clinic.phone-region}") String region) {
			this.phones = new PhoneNumbers(region);
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank() || this.phones.e164(value).isPresent()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context
				.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate() + ", such as "
						+ this.phones.example().replaceAll("[{}$\\\\]", ""))
				.addConstraintViolation();
			return false;
		}

	}

}
