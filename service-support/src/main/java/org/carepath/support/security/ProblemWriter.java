package org.carepath.support.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carepath.support.problem.Problems;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Writes problem+json from servlet filters, where no controller advice runs. */
final class ProblemWriter {

	private final JsonMapper json;

	ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(status), title, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		String traceId = MDC.get("traceId");
		if (traceId != null) {
			problem.setProperty("traceId", traceId);
		}
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
