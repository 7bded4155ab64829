package org.carepath.intake.screening;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.carepath.support.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The problem+json answers of the staff workflow and the late contact request. Never echo
 * a value given.
 */
final class WorkflowProblems {

	private WorkflowProblems() {
	}

	static ErrorResponseException invalid(List<Map<String, String>> errors) {
		return Problems.invalid(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
				"Some fields are missing or invalid. Nothing was changed.", errors);
	}

	static ErrorResponseException notFound() {
		return Problems.exception(HttpStatus.NOT_FOUND, "not-found", "Unknown screening", "No screening has this id.");
	}

}
