package org.carepath.referral.referral;

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
import org.jspecify.annotations.Nullable;

/**
 * A code from a closed set (reason categories, instruments, contact channels): the set is
 * declared here, on the field, and nowhere else. Unless a {@link #message} is given, the
 * message lists the valid codes (never the value sent: it may be health data).
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOf.Check.class)
@interface OneOf {

	String[] value();

	/** Whether a missing value breaks the rule too. */
	boolean required() default false;

	String message() default LISTING;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Stands for "must be one of" and the sorted codes. */
	String LISTING = "must be one of the listed codes";

	class Check implements ConstraintValidator<OneOf, String> {

		private List<String> codes = List.of();

		private boolean required;

		private boolean listing;

		@Override
		public void initialize(OneOf constraint) {
			this.codes = List.of(constraint.value());
			this.required = constraint.required();
			this.listing = LISTING.equals(constraint.message());
		}

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if ((value == null) ? !this.required : this.codes.contains(value)) {
				return true;
			}
			if (this.listing) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("must be one of " + this.codes.stream().sorted().toList())
					.addConstraintViolation();
			}
			return false;
		}

	}

}
