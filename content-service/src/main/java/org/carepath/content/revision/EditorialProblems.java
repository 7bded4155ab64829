package org.carepath.content.revision;

import org.carepath.support.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The editorial workflow's refusals, as problem+json (the shared advice renders an
 * {@link ErrorResponseException} as is). Clients branch on the type:
 * {@code invalid-transition}, {@code self-approval}, {@code slug-taken}.
 */
final class EditorialProblems {

	private EditorialProblems() {
	}

	static ErrorResponseException invalidTransition(String detail) {
		return problem(HttpStatus.CONFLICT, "invalid-transition", "Invalid transition", detail);
	}

	static ErrorResponseException selfApproval() {
		return problem(HttpStatus.FORBIDDEN, "self-approval", "Self-approval",
				"A reviewer may not approve a revision they wrote: another reviewer must approve it.");
	}

	static ErrorResponseException slugTaken(String slug) {
		return problem(HttpStatus.CONFLICT, "slug-taken", "Slug taken",
				"An article with the slug " + slug + " exists.");
	}

	static ErrorResponseException notFound(String detail) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
	}

	private static ErrorResponseException problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = Problems.of(status, title, detail);
		problem.setType(Problems.type(type));
		return new ErrorResponseException(status, problem, null);
	}

}
