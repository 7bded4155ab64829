package org.carepath.content.revision;

import java.util.Map;

import org.carepath.support.problem.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The editorial workflow's refusals, as problem+json. Clients branch on the type:
 * {@code invalid-transition}, {@code self-approval}, {@code unreviewed-content},
 * {@code slug-taken}, {@code not-found}. The detail is the exception's message, written
 * for the staff member who tried.
 * <p>
 * Ordered before the shared advice, which would answer these exceptions, like any other
 * it does not know, with a 500.
 */
@RestControllerAdvice(assignableTypes = EditorialController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EditorialProblems {

	@ExceptionHandler
	ProblemDetail invalidTransition(InvalidTransitionException ex) {
		return problem(HttpStatus.CONFLICT, "invalid-transition", "Invalid transition", ex);
	}

	@ExceptionHandler
	ProblemDetail selfApproval(SelfApprovalException ex) {
		return problem(HttpStatus.FORBIDDEN, "self-approval", "Self-approval", ex);
	}

	@ExceptionHandler
	ProblemDetail unreviewedContent(UnreviewedContentException ex) {
		return problem(HttpStatus.CONFLICT, "unreviewed-content", "Unreviewed content", ex);
	}

	@ExceptionHandler
	ProblemDetail slugTaken(SlugTakenException ex) {
		return problem(HttpStatus.CONFLICT, "slug-taken", "Slug taken", ex);
	}

	@ExceptionHandler({ ArticleNotFoundException.class, RevisionNotFoundException.class })
	ProblemDetail notFound(RuntimeException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex);
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, RuntimeException ex) {
		return Problems.of(status, type, title, ex.getMessage(), Map.of());
	}

}
