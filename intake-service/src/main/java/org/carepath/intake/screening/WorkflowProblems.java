package org.carepath.intake.screening;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.carepath.support.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The problem+json answers of the staff workflow and the late contact request. Never echo a value given. */
final class WorkflowProblems {

	private WorkflowProblems() {
	}

	static Map<String, String> error(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	static ErrorResponseException invalid(List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some fields are missing or invalid. Nothing was changed.");
		problem.setType(Problems.type("validation"));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	static ErrorResponseException notFound() {
		return of(HttpStatus.NOT_FOUND, "not-found", "Unknown screening", "No screening has this id.");
	}

	static ErrorResponseException of(HttpStatus status, String type, String title, String detail) {
		return of(status, type, title, detail, Map.of());
	}

	static ErrorResponseException of(HttpStatus status, String type, String title, String detail,
			Map<String, @Nullable Object> properties) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(Problems.type(type));
		problem.setTitle(title);
		properties.forEach(problem::setProperty);
		return new ErrorResponseException(status, problem, null);
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
