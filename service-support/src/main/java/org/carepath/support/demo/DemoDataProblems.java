package org.carepath.support.demo;

import java.util.Map;

import org.carepath.support.problem.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The demo-data imports' refusals as problem+json, for every service's import; ahead of
 * ProblemDetailsAdvice, whose catch-all would answer them 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataProblems {

	@ExceptionHandler
	ProblemDetail refused(DemoDataRefused ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid demo data", ex.getMessage(), Map.of());
	}

	@ExceptionHandler
	ProblemDetail alreadyImported(DemoDataAlreadyImported ex) {
		return Problems.of(HttpStatus.CONFLICT, "demo-data-already-imported", "Demo data already imported",
				ex.getMessage(), Map.of("importedAt", ex.importedAt()));
	}

}
