package org.carepath.intake.alert;

import java.util.LinkedHashMap;
import java.util.Map;

import org.carepath.support.problem.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The crisis alerts' refusals as problem types. Before the shared advice, whose catch-all
 * would answer 500.
 */
@RestControllerAdvice(basePackageClasses = AlertProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AlertProblems {

	@ExceptionHandler
	ProblemDetail notFound(AlertNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Unknown alert", "No crisis alert has this id.",
				Map.of());
	}

	@ExceptionHandler
	ProblemDetail alreadyAcknowledged(AlertAlreadyAcknowledgedException ex) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("acknowledgedBy", ex.acknowledgedBy());
		members.put("acknowledgedAt", ex.acknowledgedAt());
		return Problems.of(HttpStatus.CONFLICT, "alert-already-acknowledged", "Alert already acknowledged",
				ex.acknowledgedBy() + " acknowledged this crisis alert at " + ex.acknowledgedAt() + ".", members);
	}

}
