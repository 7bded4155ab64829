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
import org.jspecify.annotations.Nullable;

import org.carepath.referral.program.ProgramDirectory;

import static org.carepath.support.text.Text.blankToNull;

/**
 * An ASAM level of care: an edition and a level code the directory knows in that edition
 * (docs/clinical-rules.md). Null is left to {@code @NotNull}.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AsamLevel.Check.class)
@interface AsamLevel {

	String message() default "not an ASAM level of care (edition and level code)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<AsamLevel, ReferralRequest.Level> {

		@Override
		public boolean isValid(ReferralRequest.@Nullable Level level, ConstraintValidatorContext context) {
			if (level == null) {
				return true;
			}
			if (blankToNull(level.edition()) == null || blankToNull(level.code()) == null) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("the ASAM edition and level code are required")
					.addConstraintViolation();
				return false;
			}
			return ProgramDirectory.levelName(level.edition(), level.code()) != null;
		}

	}

}
