package org.carepath.intake.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.carepath.intake.scoring.InvalidAnswersException;
import org.carepath.support.problem.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The web face of the screening domain's refusals: each domain exception becomes its
 * stable problem type (RFC 9457). Never echo a value given: answers and contact details
 * are health data. Before the shared advice, whose catch-all would answer 500.
 */
@RestControllerAdvice(basePackageClasses = ScreeningProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScreeningProblems {

	@ExceptionHandler
	ProblemDetail notFound(ScreeningNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Unknown screening", "No screening has this id.");
	}

	@ExceptionHandler
	ProblemDetail notFound(RecentSelfCheckNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Unknown screening",
				"No recent self-check has this id. Contact details can be added only within a day of the check.");
	}

	@ExceptionHandler
	ProblemDetail contactAlreadyGiven(ContactAlreadyGivenException ex) {
		return problem(HttpStatus.CONFLICT, "contact-already-given", "Contact details already given",
				"Contact details were already given for this screening. To change them, please call the clinic.");
	}

	@ExceptionHandler
	ProblemDetail transitionNotAllowed(TransitionNotAllowedException ex) {
		return problem(HttpStatus.CONFLICT, "transition-not-allowed", "Transition not allowed",
				"A screening that is " + ex.from().code() + " cannot become " + ex.to().code() + ".",
				members("currentStatus", ex.from().code(), "allowedTransitions", ex.from().nextCodes()));
	}

	@ExceptionHandler
	ProblemDetail openCrisisAlert(OpenCrisisAlertException ex) {
		return problem(HttpStatus.CONFLICT, "open-crisis-alert", "Crisis alert still open",
				"This screening has a crisis alert nobody has acknowledged yet. Acknowledge it before the screening"
						+ " is " + ex.to().code() + ".",
				members("currentStatus", ex.current().code()));
	}

	@ExceptionHandler
	ProblemDetail stale(StaleScreeningException ex) {
		return problem(HttpStatus.CONFLICT, "conflict", "Changed by someone else",
				"Someone else changed this screening after you opened it. Reload it and try again.",
				members("currentStatus", ex.currentStatus().code(), "currentRecordVersion", ex.currentVersion()));
	}

	/**
	 * Two staff members changed the screening at the same moment; the other change was
	 * stored first.
	 */
	@ExceptionHandler
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "conflict", "Changed by someone else",
				"Someone else changed this screening at the same time. Reload it and try again.");
	}

	@ExceptionHandler
	ProblemDetail amendmentNotAllowed(AmendmentNotAllowedException ex) {
		return problem(HttpStatus.CONFLICT, "amendment-not-allowed", "Screening finished",
				"A screening that is " + ex.status().code() + " can no longer be amended.",
				members("currentStatus", ex.status().code()));
	}

	@ExceptionHandler
	ProblemDetail instrumentVersionUnavailable(InstrumentVersionUnavailableException ex) {
		return problem(HttpStatus.CONFLICT, "instrument-version-unavailable", "Instrument version unavailable",
				"This screening was taken with an instrument version that is no longer shipped, so it cannot be"
						+ " scored again.");
	}

	@ExceptionHandler
	ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency key reused",
				"This Idempotency-Key was already used for a different request. Use a new key for a new screening.");
	}

	/** Fields refused by a rule that needs the stored screening: the validation shape. */
	@ExceptionHandler
	ProblemDetail invalidFields(InvalidFieldsException ex) {
		return problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
				"Some fields are missing or invalid. Nothing was changed.",
				members("errors",
						ex.problems()
							.stream()
							.map(error -> Problems.fieldError(error.field(), error.message()))
							.toList()));
	}

	/**
	 * Each refused answer by its linkId, in questionnaire order; never the value given.
	 */
	@ExceptionHandler
	ProblemDetail invalidAnswers(InvalidAnswersException ex) {
		List<Map<String, String>> errors = ex.result().errors().stream().map(invalid -> {
			Map<String, String> error = new LinkedHashMap<>();
			error.put("field", "answers." + invalid.linkId());
			error.put("linkId", invalid.linkId());
			error.put("reason", invalid.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
			error.put("message", invalid.message());
			return error;
		}).toList();
		return problem(HttpStatus.BAD_REQUEST, "invalid-answers", "Invalid answers",
				"Some answers are missing or invalid. Nothing was stored.", members("errors", errors));
	}

	private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
		return problem(status, slug, title, detail, Map.of());
	}

	private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail,
			Map<String, ?> members) {
		return Problems.of(status, slug, title, detail, members);
	}

	/** Extra members in the order given. */
	private static Map<String, Object> members(Object... namesAndValues) {
		Map<String, Object> members = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			members.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return members;
	}

}
