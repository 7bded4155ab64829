package org.carepath.referral.referral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carepath.referral.consent.ConsentViolation;
import org.carepath.support.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The problems this service answers with. A refused referral is one 422 listing every problem: type
 * {@code consent-invalid} when at least one consent element fails (those errors also name the {@code element}),
 * otherwise {@code referral-invalid}. Values are never echoed: they may be health data.
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
		boolean consent = !violations.isEmpty();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, consent
				? "The consent does not allow this disclosure. Nothing was stored or sent."
				: "The referral cannot be made as requested. Nothing was stored or sent.");
		problem.setType(Problems.type(consent ? "consent-invalid" : "referral-invalid"));
		problem.setTitle(consent ? "Consent invalid" : "Referral invalid");
		problem.setProperty("errors", errors);
		return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
	}

	static Map<String, String> error(String field, String message) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		return error;
	}

	static ErrorResponseException notFound() {
		return new ErrorResponseException(HttpStatus.NOT_FOUND,
				Problems.of(HttpStatus.NOT_FOUND, "Not found", "No such referral."), null);
	}

	static ErrorResponseException transitionNotAllowed(ReferralStatus from, ReferralStatus to) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Transition not allowed",
				"A referral that is " + from.code() + " cannot become " + to.code() + ".");
		problem.setType(Problems.type("transition-not-allowed"));
		problem.setProperty("currentStatus", from.code());
		problem.setProperty("allowedTransitions", from.partnerTransitions().stream().map(ReferralStatus::code).toList());
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	static ErrorResponseException alreadyRevoked() {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Consent already revoked",
				"The consent for this referral was already revoked.");
		problem.setType(Problems.type("consent-already-revoked"));
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	static ErrorResponseException forbidden(String detail) {
		return new ErrorResponseException(HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN, "Not allowed", detail),
				null);
	}

	static ErrorResponseException badRequest(String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some parameters are invalid.");
		problem.setType(Problems.type("validation"));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(error(field, message)));
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

}
