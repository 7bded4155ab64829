package org.carepath.support.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 with the standard {@code WWW-Authenticate} error and a problem+json body. */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final BearerTokenAccessDeniedHandler challenge = new BearerTokenAccessDeniedHandler();

	private final ProblemWriter writer;

	ProblemAccessDeniedHandler(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		this.challenge.handle(request, response, ex);
		this.writer.write(request, response, 403, "Forbidden", "Your role does not allow this request.");
	}

}
