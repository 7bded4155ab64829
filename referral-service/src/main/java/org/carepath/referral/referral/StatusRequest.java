package org.carepath.referral.referral;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import static org.carepath.support.text.Text.blankToNull;

/**
 * {@code POST /api/referrals/{id}/status}: a partner's answer, with the date it took
 * effect where the partner is, and why (required to reject).
 */
@StatusRequest.ReasonToReject
record StatusRequest(@NotBlank(message = "required") @PartnerAnswer @Nullable String status,
		@Size(max = 500, message = "at most 500 characters") @Nullable String reason,
		@NotAfterTodayAnywhere @Nullable LocalDate date) {

	/** A status a partner may answer with: never requested or cancelled. */
	@Documented
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = PartnerAnswer.Check.class)
	@interface PartnerAnswer {

		String message() default "must be accepted, rejected, in-progress or completed";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Check implements ConstraintValidator<PartnerAnswer, String> {

			@Override
			public boolean isValid(@Nullable String code, ConstraintValidatorContext context) {
				return code == null || code.isBlank() || ReferralStatus.answerOf(code).isPresent();
			}

		}

	}

	/**
	 * A partner writes its own local date, which may already be tomorrow in the clinic's
	 * zone: only a date that is not yet today anywhere on earth (UTC+14, the zone whose
	 * date changes first) is in the future.
	 */
	@Documented
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = NotAfterTodayAnywhere.Check.class)
	@interface NotAfterTodayAnywhere {

		String message() default "must not be in the future";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Check implements ConstraintValidator<NotAfterTodayAnywhere, LocalDate> {

			private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

			@Override
			public boolean isValid(@Nullable LocalDate date, ConstraintValidatorContext context) {
				return date == null
						|| !date.isAfter(LocalDate.now(context.getClockProvider().getClock().withZone(EARLIEST_ZONE)));
			}

		}

	}

	/** Rejecting a referral needs a reason: the clinic must know where to turn next. */
	@Documented
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = ReasonToReject.Check.class)
	@interface ReasonToReject {

		String message() default "a reason is required to reject a referral";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Check implements ConstraintValidator<ReasonToReject, StatusRequest> {

			@Override
			public boolean isValid(StatusRequest request, ConstraintValidatorContext context) {
				if (!ReferralStatus.REJECTED.code().equals(request.status()) || blankToNull(request.reason()) != null) {
					return true;
				}
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
					.addPropertyNode("reason")
					.addConstraintViolation();
				return false;
			}

		}

	}

}
