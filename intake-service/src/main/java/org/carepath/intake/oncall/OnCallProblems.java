package org.carepath.intake.oncall;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carepath.support.problem.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The roster's refusals as problem types. Before the shared advice, whose catch-all would
 * answer 500.
 */
@RestControllerAdvice(basePackageClasses = OnCallProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OnCallProblems {

	@ExceptionHandler
	ProblemDetail overlap(OverlapException ex) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("conflictingId", ex.conflictingId());
		return Problems.of(HttpStatus.CONFLICT, "on-call-overlap", "Overlapping on-call " + ex.kind(),
				"This " + ex.kind() + " shares time with another one on the roster; remove or change that one first.",
				members);
	}

	@ExceptionHandler
	ProblemDetail notFound(RosterEntryNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Unknown roster entry",
				"No on-call slot or exception has this id.", Map.of());
	}

	/** The validation shape, as for the other field errors. */
	@ExceptionHandler
	ProblemDetail invalidPeriod(InvalidPeriodException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
				"Some fields are missing or invalid. Nothing was changed.",
				Map.of("errors", List.of(Problems.fieldError(ex.field(), ex.getMessage()))));
	}

}
