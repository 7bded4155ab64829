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

/**
 * Minimum necessary: contact details are kept only to contact the person, so only with
 * their consent. Reported on {@code consentToContact}.
 */
@Documented
@Constraint(validatedBy = DetailsOnlyWithConsent.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface DetailsOnlyWithConsent {

	String message() default "contact details are kept only with consent to contact; send true or leave them out";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<DetailsOnlyWithConsent, ContactDetails> {

		@Override
		public boolean isValid(ContactDetails contact, ConstraintValidatorContext context) {
			if (contact == null || contact.consented() || !contact.hasDetails()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("consentToContact")
				.addConstraintViolation();
			return false;
		}

	}

}
