package org.carepath.referral.consent;

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

import org.springframework.modulith.NamedInterface;

/**
 * Who may sign (or revoke) a consent: one of {@link ConsentGate#SIGNER_ROLES}. Null is
 * valid (not given).
 */
@NamedInterface("api")
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SignerRole.Check.class)
public @interface SignerRole {

	/** Unused: the message lists the roles. */
	String message() default "must be a signer role";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<SignerRole, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if (value == null || ConsentGate.SIGNER_ROLES.contains(value)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context
				.buildConstraintViolationWithTemplate(
						"must be one of " + ConsentGate.SIGNER_ROLES.stream().sorted().toList())
				.addConstraintViolation();
			return false;
		}

	}

}
