package org.carepath.referral.referral;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import static org.carepath.support.text.Text.blankToNull;

/**
 * When contact details are shared, the program must be able to reach the patient: a
 * preferred channel, and the phone number or email address it names. Reported at the
 * patient's field that is missing.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ContactWhenShared.Check.class)
@interface ContactWhenShared {

	String message() default "the patient cannot be reached as preferred";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<ContactWhenShared, ReferralRequest> {

		@Override
		public boolean isValid(ReferralRequest request, ConstraintValidatorContext context) {
			ReferralRequest.Patient patient = request.patient();
			if (!request.sharesContact() || patient == null) {
				return true;
			}
			String channel = patient.preferredContact();
			if (channel == null) {
				return reject(context, "preferredContact", "required when contact details are shared");
			}
			if ("phone".equals(channel) && blankToNull(patient.phone()) == null) {
				return reject(context, "phone", "required: it is the preferred contact");
			}
			if ("email".equals(channel) && blankToNull(patient.email()) == null) {
				return reject(context, "email", "required: it is the preferred contact");
			}
			// Any other channel is the field's own error.
			return true;
		}

		private static boolean reject(ConstraintValidatorContext context, String field, String message) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(message)
				.addPropertyNode("patient")
				.addPropertyNode(field)
				.addConstraintViolation();
			return false;
		}

	}

}
