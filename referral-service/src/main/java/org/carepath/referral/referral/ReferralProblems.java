package org.carepath.referral.referral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.carepath.referral.consent.ConsentViolation;
import org.carepath.support.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The problems this service answers with. A refused referral is one 422 listing every
 * problem: type {@code consent-invalid} when at least one consent element fails (those
 * errors also name the {@code element}), otherwise {@code referral-invalid}. Values are
 * never echoed: they may be health data.
 */
final class ReferralProblems {

	private ReferralProblems() {
	}

	static ErrorResponseException invalid(List<Map<String, String>> fieldErrors, List<ConsentViolation> violations) {
		List<Map<String, String>> errors = new ArrayList<>(fieldErrors);
		violations.forEach(violation -> {
			Map<String, String> error = new LinkedHashMap<>();
			error.put("element", violation.element());
			error.put("field", violation.field());
			error.put("message", violation.message());
			errors.add(error);
		});
		if (!violations.isEmpty()) {
			return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "consent-invalid", "Consent invalid",
					"The consent does not allow this disclosure. Nothing was stored or sent.", errors);
		}
		return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "referral-invalid", "Referral invalid",
				"The referral cannot be made as requested. Nothing was stored or sent.", errors);
	}

	static ErrorResponseException notFound() {
		return Problems.exception(HttpStatus.NOT_FOUND, "Not found", "No such referral.");
	}

	static ErrorResponseException transitionNotAllowed(ReferralStatus from, ReferralStatus to) {
		Map<String, @Nullable Object> properties = new LinkedHashMap<>();
		properties.put("currentStatus", from.code());
		properties.put("allowedTransitions", from.partnerTransitions().stream().map(ReferralStatus::code).toList());
		return Problems.exception(HttpStatus.CONFLICT, "transition-not-allowed", "Transition not allowed",
				"A referral that is " + from.code() + " cannot become " + to.code() + ".", properties);
	}

	static ErrorResponseException alreadyRevoked() {
		return Problems.exception(HttpStatus.CONFLICT, "consent-already-revoked", "Consent already revoked",
				"The consent for this referral was already revoked.");
	}

	static ErrorResponseException forbidden(String detail) {
		return Problems.exception(HttpStatus.FORBIDDEN, "Not allowed", detail);
	}

}
