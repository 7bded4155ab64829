package org.carepath.support.problem;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Stable problem {@code type} URIs (RFC 9457). Clients branch on the type, never on the title or detail text,
 * so a type once published is never renamed.
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

}
