package org.carepath.referral.referral;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.carepath.support.problem.FieldErrorOrder;
import org.carepath.support.problem.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The problems the referral API answers with, from the domain's exceptions. A refused
 * referral, status change or revocation is one 422 listing every problem, one per field
 * in the request's field order: type {@code consent-invalid} when at least one consent
 * element fails (those errors also name the {@code element}), otherwise
 * {@code referral-invalid}. Values are never echoed: they may be health data. Rendered
 * like every other problem by service-support's advice (trace id included).
 */
@RestControllerAdvice(assignableTypes = { ReferralController.class, InboxController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferralProblems {

	private final ResponseEntityExceptionHandler problems;

	ReferralProblems(ResponseEntityExceptionHandler problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	@Nullable ResponseEntity<Object> refused(ReferralRefused ex, WebRequest request) throws Exception {
		List<Map<String, String>> errors = new ArrayList<>(
				ex.problems().stream().map(ReferralProblems::error).toList());
		ex.violations().forEach(violation -> {
			Map<String, String> error = new LinkedHashMap<>();
			error.put("element", violation.element());
			error.put("field", violation.field());
			error.put("message", violation.message());
			errors.add(error);
		});
		if (ex.consentRefused()) {
			return render(
					Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "consent-invalid", "Consent invalid",
							"The consent does not allow this disclosure. Nothing was stored or sent.", errors),
					request);
		}
		return render(invalid("The referral cannot be made as requested. Nothing was stored or sent.", errors),
				request);
	}

	/**
	 * A status change or revocation that breaks its request's constraints: the referral
	 * API's 422, not the generic 400.
	 */
	@ExceptionHandler
	@Nullable ResponseEntity<Object> invalid(MethodArgumentNotValidException ex, WebRequest request) throws Exception {
		Object target = ex.getBindingResult().getTarget();
		Class<?> type = (target != null) ? target.getClass() : ex.getParameter().getParameterType();
		List<FieldProblem> problems = FieldErrorOrder.firstPerField(type, ex.getBindingResult().getFieldErrors())
			.stream()
			.map(error -> new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())))
			.toList();
		String detail = (type == RevokeRequest.class)
				? "The revocation cannot be recorded as requested. Nothing was changed."
				: (type == StatusRequest.class)
						? "The status change cannot be recorded as requested. Nothing was changed."
						: "The request cannot be carried out as sent. Nothing was changed.";
		return render(invalid(detail, problems.stream().map(ReferralProblems::error).toList()), request);
	}

	@ExceptionHandler
	@Nullable ResponseEntity<Object> notFound(ReferralNotFound ex, WebRequest request) throws Exception {
		return render(Problems.exception(HttpStatus.NOT_FOUND, "Not found", "No such referral."), request);
	}

	@ExceptionHandler
	@Nullable ResponseEntity<Object> transitionNotAllowed(TransitionNotAllowed ex, WebRequest request) throws Exception {
		Map<String, @Nullable Object> properties = new LinkedHashMap<>();
		properties.put("currentStatus", ex.from().code());
		properties.put("allowedTransitions",
				ex.from().partnerTransitions().stream().map(ReferralStatus::code).toList());
		return render(Problems.exception(HttpStatus.CONFLICT, "transition-not-allowed", "Transition not allowed",
				"A referral that is " + ex.from().code() + " cannot become " + ex.to().code() + ".", properties),
				request);
	}

	@ExceptionHandler
	@Nullable ResponseEntity<Object> alreadyRevoked(ConsentAlreadyRevoked ex, WebRequest request) throws Exception {
		return render(Problems.exception(HttpStatus.CONFLICT, "consent-already-revoked", "Consent already revoked",
				"The consent for this referral was already revoked."), request);
	}

	@ExceptionHandler
	@Nullable ResponseEntity<Object> idempotencyKeyReused(IdempotencyKeyReused ex, WebRequest request) throws Exception {
		return render(Problems.exception(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
				"Idempotency key reused",
				"This Idempotency-Key was already used for a different request. Use a new key for a new referral."),
				request);
	}

	private static ErrorResponseException invalid(String detail, List<Map<String, String>> errors) {
		return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "referral-invalid", "Referral invalid", detail,
				errors);
	}

	/** {@code {"field": …, "message": …}}, in that order. */
	private static Map<String, String> error(FieldProblem problem) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("field", problem.field());
		error.put("message", problem.message());
		return error;
	}

	private @Nullable ResponseEntity<Object> render(ErrorResponseException problem, WebRequest request)
			throws Exception {
		return this.problems.handleException(problem, request);
	}

}
