package org.carepath.support.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.carepath.support.problem.Problems;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away requests whose parameters cannot be read as text before any code sees them:
 * a NUL or other control character (PostgreSQL refuses NUL in text and would answer 500),
 * bytes that were not UTF-8 (the container decodes them to U+FFFD), or a form or
 * multipart body that cannot be parsed (a multipart type without a boundary, or other
 * than form-data); and a wildcard content type. The answer is a 400 (415 for the
 * wildcard) — problem+json for an API, the app's own error page otherwise.
 */
final class MalformedRequestFilter extends OncePerRequestFilter {

	private final JsonMapper json;

	private final boolean problemDetails;

	MalformedRequestFilter(JsonMapper json, boolean problemDetails) {
		this.json = json;
		this.problemDetails = problemDetails;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String unreadable;
		if (wildcardContentType(request)) {
			refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
					"A request body must name its media type; a wildcard names none. Nothing was changed.", List.of());
		}
		else if (!parseableBody(request)) {
			refuse(response, HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
					"The request body cannot be read. Nothing was changed.", List.of());
		}
		else if ((unreadable = unreadableParameter(request)) != null) {
			// A parameter that is not text is an invalid value of that parameter,
			// reported
			// as Bean Validation would report it (never echoing the value).
			refuse(response, HttpStatus.BAD_REQUEST, "validation", "Invalid request",
					"Some parameters are missing or invalid.",
					List.of(Problems.fieldError(unreadable, "must not contain control characters")));
		}
		else {
			chain.doFilter(withoutUnreadableAccept(request), response);
		}
	}

	/**
	 * An {@code Accept} header that cannot be parsed asks for nothing, so it is read as
	 * absent (HTTP lets a server disregard it): an error is still answered as a problem,
	 * not as an empty 406 or a 400 without a body.
	 */
	private static HttpServletRequest withoutUnreadableAccept(HttpServletRequest request) {
		try {
			for (String accept : Collections.list(request.getHeaders(HttpHeaders.ACCEPT))) {
				MediaType.parseMediaTypes(accept);
			}
			return request;
		}
		catch (InvalidMediaTypeException ex) {
			return new HttpServletRequestWrapper(request) {

				@Override
				public @Nullable String getHeader(String name) {
					return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
				}

				@Override
				public Enumeration<String> getHeaders(String name) {
					return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
							: super.getHeaders(name);
				}

				@Override
				public Enumeration<String> getHeaderNames() {
					return Collections.enumeration(Collections.list(super.getHeaderNames())
						.stream()
						.filter(name -> !HttpHeaders.ACCEPT.equalsIgnoreCase(name))
						.toList());
				}

			};
		}
	}

	private void refuse(HttpServletResponse response, HttpStatus status, String type, String title, String detail,
			List<Map<String, String>> errors) throws IOException {
		if (!this.problemDetails) {
			response.sendError(status.value());
			return;
		}
		ProblemDetail problem = Problems.of(status, title, detail);
		problem.setType(Problems.type(type));
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		String traceId = MDC.get("traceId");
		if (traceId != null) {
			problem.setProperty("traceId", traceId);
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * {@code Content-Type: *}{@code /*}: Spring refuses to parse it with an exception no
	 * handler expects (a 500); unparseable types are Spring's own 415 already.
	 */
	private static boolean wildcardContentType(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.isWildcardType() || type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** Whether the container can parse the body it was told to expect. */
	private static boolean parseableBody(HttpServletRequest request) {
		if (!parseableMultipart(request)) {
			return false;
		}
		try {
			request.getParameterMap();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** The name of the first parameter whose name or value is not text; null if none. */
	private static @Nullable String unreadableParameter(HttpServletRequest request) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!text(parameter.getKey())) {
				return "(parameter name)";
			}
			for (String value : parameter.getValue()) {
				if (!text(value)) {
					return parameter.getKey();
				}
			}
		}
		return null;
	}

	/**
	 * A multipart body is readable only as {@code multipart/form-data} with a boundary;
	 * Spring would try any other {@code multipart/*} type and fail with a 500.
	 */
	private static boolean parseableMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null || !contentType.regionMatches(true, 0, "multipart/", 0, 10)) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			String boundary = type.getParameter("boundary");
			return "form-data".equalsIgnoreCase(type.getSubtype()) && boundary != null && !boundary.isBlank();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** Printable text: tabs and line breaks allowed, other control characters not. */
	static boolean text(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == '\uFFFD') {
				return false;
			}
		}
		return true;
	}

}
