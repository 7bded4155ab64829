package org.carepath.referral.referral;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A referral's lifecycle, the FHIR Task states (docs/clinical-rules.md): requested →
 * accepted | rejected, accepted → in-progress → completed; cancelled when consent is
 * revoked. Rejected, completed and cancelled are final.
 */
enum ReferralStatus {

	REQUESTED("requested"), ACCEPTED("accepted"), REJECTED("rejected"), IN_PROGRESS("in-progress"),
	COMPLETED("completed"), CANCELLED("cancelled");

	/**
	 * What a partner may answer from each state. Cancelling is the clinic's (a
	 * revocation), never a partner's.
	 */
	private static final Map<ReferralStatus, List<ReferralStatus>> PARTNER_TRANSITIONS = Map.of(REQUESTED,
			List.of(ACCEPTED, REJECTED), ACCEPTED, List.of(IN_PROGRESS), IN_PROGRESS, List.of(COMPLETED));

	private final String code;

	ReferralStatus(String code) {
		this.code = code;
	}

	String code() {
		return this.code;
	}

	boolean isFinal() {
		return this == REJECTED || this == COMPLETED || this == CANCELLED;
	}

	List<ReferralStatus> partnerTransitions() {
		return PARTNER_TRANSITIONS.getOrDefault(this, List.of());
	}

	static Optional<ReferralStatus> of(String code) {
		return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
	}

	/**
	 * The status a partner answers with: any but requested and cancelled (cancelling is
	 * the clinic's).
	 */
	static Optional<ReferralStatus> answerOf(String code) {
		return of(code).filter(status -> status != REQUESTED && status != CANCELLED);
	}

	static List<String> codes() {
		return Arrays.stream(values()).map(ReferralStatus::code).toList();
	}

	/** A status code, or nothing (blank) at all. */
	@Documented
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = Code.Check.class)
	@interface Code {

		String message() default "must be a referral status";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Check implements ConstraintValidator<Code, String> {

			@Override
			public boolean isValid(@Nullable String code, ConstraintValidatorContext context) {
				if (code == null || code.isBlank() || of(code).isPresent()) {
					return true;
				}
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("must be one of " + codes()).addConstraintViolation();
				return false;
			}

		}

	}

}
