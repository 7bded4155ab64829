package org.carepath.intake.screening;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An instant not later than now by the clinic's clock; null is left to others. */
@Documented
@Constraint(validatedBy = NotInFuture.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface NotInFuture {

	String message() default "must not be in the future";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NotInFuture, Instant> {

		private final Clock clock;

		Validator(Clock clock) {
			this.clock = clock;
		}

		@Override
		public boolean isValid(Instant value, ConstraintValidatorContext context) {
			return value == null || !value.isAfter(this.clock.instant());
		}

	}

}
