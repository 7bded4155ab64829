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
 * Contact details must give a way to reach the person: a phone number or an email
 * address. Reported on {@link #property()}, or on the details themselves when it is
 * empty.
 */
@Documented
@Constraint(validatedBy = ReachableContact.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ReachableContact {

	String message() default "a phone number or an email address is needed to contact you";

	/** The property the violation is reported on; empty for the annotated object. */
	String property() default "";

	/** Whether the rule applies only once the person consented to be contacted. */
	boolean whenConsented() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ReachableContact, ContactDetails> {

		private String property = "";

		private boolean whenConsented;

		@Override
		public void initialize(ReachableContact annotation) {
			this.property = annotation.property();
			this.whenConsented = annotation.whenConsented();
		}

		@Override
		public boolean isValid(ContactDetails contact, ConstraintValidatorContext context) {
			if (contact == null || contact.reachable() || (this.whenConsented && !contact.consented())) {
				return true;
			}
			if (!this.property.isEmpty()) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
					.addPropertyNode(this.property)
					.addConstraintViolation();
			}
			return false;
		}

	}

}
