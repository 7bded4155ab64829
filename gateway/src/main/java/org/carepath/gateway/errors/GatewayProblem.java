package org.carepath.gateway.errors;

import org.carepath.support.problem.Problems;

import org.springframework.http.HttpStatus;

/**
 * The problems the gateway itself answers with; {@code type} is stable, clients may
 * switch on it.
 */
public enum GatewayProblem {

	UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated", "Not signed in", "Sign in to use this."),

	NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found", "There is nothing at this address."),

	CSRF_REJECTED(HttpStatus.FORBIDDEN, "csrf-rejected", "Form expired",
			"The form was missing its security token or it has expired. Reload the page and try again."),

	RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
			"Too many requests came from your address. Please wait a little and try again."),

	SIGN_IN_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Sign-in unavailable",
			"Signing in is temporarily unavailable. Please try again in a few minutes."),

	SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
			"This part of CarePath is temporarily unavailable. Please try again in a few minutes."),

	GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout", "Service timed out",
			"This part of CarePath did not answer in time. Please try again in a few minutes."),

	BAD_GATEWAY(HttpStatus.BAD_GATEWAY, "bad-gateway", "Bad gateway",
			"This part of CarePath gave an unusable answer. Please try again in a few minutes."),

	INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
			"Something went wrong on our side. Please try again in a few minutes.");

	private final HttpStatus status;

	private final String type;

	private final String title;

	private final String detail;

	GatewayProblem(HttpStatus status, String slug, String title, String detail) {
		this.status = status;
		// The same type URIs as the services' problems (e.g. 500 is "internal"
		// everywhere).
		this.type = Problems.type(slug).toString();
		this.title = title;
		this.detail = detail;
	}

	HttpStatus status() {
		return this.status;
	}

	String type() {
		return this.type;
	}

	String title() {
		return this.title;
	}

	String detail() {
		return this.detail;
	}

	/**
	 * The backend could not be used at all; the person should come back later, not start
	 * over.
	 */
	boolean isUnavailable() {
		// Sign-in is one part, not all of CarePath: its page says what is unavailable.
		return this.status.is5xxServerError() && this != SIGN_IN_UNAVAILABLE;
	}

}
