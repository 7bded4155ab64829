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

/** Sharing the screening result needs at least one score to share. */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ScoresWhenShared.Check.class)
@interface ScoresWhenShared {

	String message() default "at least one score is required when scores are shared";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<ScoresWhenShared, ReferralRequest> {

		@Override
		public boolean isValid(ReferralRequest request, ConstraintValidatorContext context) {
			if (!request.sharesScores() || (request.scores() != null && !request.scores().isEmpty())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("scores")
				.addConstraintViolation();
			return false;
		}

	}

}
