package org.carepath.intake.alert;

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
		return Problems.exception(HttpStatus.NOT_FOUND, "not-found", "Unknown alert", "No crisis alert has this id.")
			.getBody();
	}

	@ExceptionHandler
	ProblemDetail alreadyAcknowledged(AlertAlreadyAcknowledgedException ex) {
		ProblemDetail problem = Problems
			.exception(HttpStatus.CONFLICT, "alert-already-acknowledged", "Alert already acknowledged",
					ex.acknowledgedBy() + " acknowledged this crisis alert at " + ex.acknowledgedAt() + ".")
			.getBody();
		problem.setProperty("acknowledgedBy", ex.acknowledgedBy());
		problem.setProperty("acknowledgedAt", ex.acknowledgedAt());
		return problem;
	}

}
