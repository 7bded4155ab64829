package org.carepath.support.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Stable problem {@code type} URIs (RFC 9457). Clients branch on the type, never on the
 * title or detail text, so a type once published is never renamed.
 */
public final class Problems {

	private static final String PREFIX = "urn:carepath:problem:";

	private Problems() {
	}

	public static URI type(String slug) {
		return URI.create(PREFIX + slug);
	}

	/** The type for a status when nothing more specific applies. */
	public static URI typeFor(HttpStatusCode status) {
		return type(switch (status.value()) {
			case 400 -> "bad-request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "payload-too-large";
			case 415 -> "unsupported-media-type";
			case 422 -> "unprocessable";
			case 429 -> "too-many-requests";
			case 502 -> "bad-gateway";
			case 503 -> "service-unavailable";
			case 504 -> "gateway-timeout";
			default -> status.is5xxServerError() ? "internal" : "client-error";
		});
	}

	public static ProblemDetail of(HttpStatusCode status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(typeFor(status));
		problem.setTitle(title);
		return problem;
	}

	/**
	 * A problem of type {@code slug} with extra members, added in the map's iteration
	 * order, for an exception handler to answer. The trace id is added when it is written
	 * ({@code ProblemTraceIdAdvice}).
	 */
	public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail,
			Map<String, ? extends @Nullable Object> properties) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(slug));
		problem.setTitle(title);
		properties.forEach(problem::setProperty);
		return problem;
	}

	/** A problem with a status-derived type ({@link #typeFor}), ready to throw. */
	public static ErrorResponseException exception(HttpStatusCode status, String title, String detail) {
		return new ErrorResponseException(status, of(status, title, detail), null);
	}

	/** A problem of type {@code slug} ({@link #type}), ready to throw. */
	public static ErrorResponseException exception(HttpStatusCode status, String slug, String title, String detail) {
		return exception(status, slug, title, detail, Map.of());
	}

	/**
	 * A problem of type {@code slug} with extra members, added in the map's iteration
	 * order (pass a {@link LinkedHashMap} when the order matters).
	 */
	public static ErrorResponseException exception(HttpStatusCode status, String slug, String title, String detail,
			Map<String, ? extends @Nullable Object> properties) {
		return new ErrorResponseException(status, of(status, slug, title, detail, properties), null);
	}

	/**
	 * An invalid request: a problem of type {@code slug} whose {@code errors} member
	 * lists each problem found, as built by {@link #fieldError} (callers may add keys
	 * such as {@code element} or {@code linkId}). Never put the rejected value in an
	 * error: it may be health data.
	 */
	public static ErrorResponseException invalid(HttpStatusCode status, String slug, String title, String detail,
			List<? extends Map<String, String>> errors) {
		return exception(status, slug, title, detail, Map.of("errors", List.copyOf(errors)));
	}

	/**
	 * One entry of an {@code errors} member: {@code {"field": …, "message": …}}, in that
	 * order.
	 */
	public static Map<String, String> fieldError(String field, String message) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		return error;
	}

}
