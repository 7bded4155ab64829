package org.carepath.support.problem;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error leaves as {@code application/problem+json} with a stable type and the
 * trace id, so a caller (or the clinic's support desk) can find the request in the logs.
 * Field errors are listed one per field, in the order the request declares its fields
 * ({@link FieldErrorOrder}), so a form can show them all at once, top to bottom. Apps
 * that serve HTML pages (the portal) switch it off with
 * {@code carepath.problem-details.enabled=false}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	/**
	 * How long a client should wait before trying again after a database outage: about
	 * what a PostgreSQL restart takes.
	 */
	static final String DATABASE_RETRY_AFTER_SECONDS = "5";

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		if (DatabaseUnavailable.isCause(ex)) {
			return databaseUnavailable(ex, request);
		}
		// The message may quote data the request carried: log the stack, never echo it to
		// the caller.
		log.error("Unhandled {}", ex.getClass().getName(), ex);
		ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"Something went wrong on our side. The trace id identifies the request for support.");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	/**
	 * The database cannot be reached (restarting, failed over, network): an honest 503
	 * the caller may retry, not a 500. The pool's short connection-timeout
	 * (service-support's defaults) makes it come quickly rather than hang; the pool opens
	 * new connections by itself when the database is back.
	 */
	private ResponseEntity<Object> databaseUnavailable(Exception ex, WebRequest request) {
		// The class only: a driver message may quote a statement's values.
		log.warn("Database unavailable ({}): answering 503", ex.getClass().getName());
		ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Service temporarily unavailable",
				"The service cannot reach its database right now. Please try again shortly.");
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> malformedMultipart(MultipartException ex, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Malformed request",
				"The multipart body cannot be read. Nothing was changed.");
		problem.setType(Problems.type("malformed-request"));
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		problem.setType(Problems.type("validation"));
		problem.setTitle("Invalid request");
		problem.setDetail("Some fields are missing or invalid.");
		Object target = ex.getBindingResult().getTarget();
		Class<?> type = (target != null) ? target.getClass() : ex.getParameter().getParameterType();
		List<Map<String, String>> errors = new java.util.ArrayList<>(
				FieldErrorOrder.firstPerField(type, ex.getBindingResult().getFieldErrors())
					.stream()
					.map(ProblemDetailsAdvice::fieldError)
					.toList());
		// Rules about the request as a whole (a class-level constraint) come after the
		// fields; "field" then names the request.
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors
				.add(Problems.fieldError(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		problem.setType(Problems.type("validation"));
		problem.setTitle("Invalid request");
		problem.setDetail("Some parameters are missing or invalid.");
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()), "message",
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	private static Map<String, String> fieldError(FieldError error) {
		// Never echo the rejected value: it may be health data.
		return Problems.fieldError(error.getField(), String.valueOf(error.getDefaultMessage()));
	}

}
