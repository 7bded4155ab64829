package org.carepath.portal.system;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.carepath.support.problem.Problems;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.client.RestClientResponseException;

import static org.carepath.support.text.Text.blankToNull;

/**
 * Another CarePath service said no, or could not be reached. Carries what its
 * problem+json said, so pages can put field messages next to the fields (400), show the
 * reason (409), or pick the right error page.
 */
public final class ServiceProblem extends RuntimeException {

	/** The status used when the service did not answer at all. */
	public static final int UNREACHABLE = 503;

	private final int status;

	private final @Nullable String type;

	private final @Nullable String detail;

	private final List<FieldProblem> errors;

	public ServiceProblem(int status, @Nullable String type, @Nullable String detail, List<FieldProblem> errors) {
		super("Service answered " + status + ((type != null) ? " " + type : ""));
		this.status = status;
		this.type = type;
		this.detail = detail;
		this.errors = List.copyOf(errors);
	}

	/**
	 * Translates what a {@code RestClient} call threw: an error answer keeps its status
	 * and problem body; a connection failure, timeout or unreadable answer counts as
	 * "unavailable".
	 */
	public static ServiceProblem of(RuntimeException ex) {
		if (ex instanceof ServiceProblem problem) {
			return problem;
		}
		if (ex instanceof RestClientResponseException response) {
			return fromBody(response.getStatusCode().value(), response.getResponseBodyAsByteArray());
		}
		return new ServiceProblem(UNREACHABLE, null, null, List.of());
	}

	static ServiceProblem fromBody(int status, byte[] body) {
		ProblemBody problem = null;
		try {
			problem = (body.length > 0) ? JsonMapper.shared().readValue(body, ProblemBody.class) : null;
		}
		catch (JacksonException ex) {
			// Not problem+json (a proxy's HTML page, say): the status alone has to do.
		}
		if (problem == null) {
			return new ServiceProblem(status, null, null, List.of());
		}
		List<FieldProblem> errors = (problem.errors() != null) ? problem.errors()
			.stream()
			.filter(Objects::nonNull)
			.filter(error -> blankToNull(error.message()) != null)
			.map(error -> new FieldProblem(Objects.requireNonNullElse(blankToNull(error.field()), ""),
					error.message().strip()))
			.toList() : List.of();
		return new ServiceProblem(status, blankToNull(problem.type()), blankToNull(problem.detail()), errors);
	}

	public int status() {
		return this.status;
	}

	public @Nullable String type() {
		return this.type;
	}

	/** Whether the problem type is {@code urn:carepath:problem:<slug>}. */
	public boolean isType(String slug) {
		return Problems.type(slug).toString().equals(this.type);
	}

	/** The service's explanation for a person, when it gave one. */
	public @Nullable String detail() {
		return this.detail;
	}

	public List<FieldProblem> errors() {
		return this.errors;
	}

	public boolean isUnavailable() {
		return this.status >= 500;
	}

	/**
	 * One field the service rejected, as its problem's {@code errors} list names it (e.g.
	 * {@code faq[1].answer}).
	 */
	public record FieldProblem(String field, String message) {
	}

	/**
	 * The members of an RFC 9457 problem the portal uses, as the CarePath services send
	 * it (service-support's {@code Problems}); the rest (title, instance, …) is not read.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	private record ProblemBody(@Nullable String type, @Nullable String detail, @Nullable List<ErrorBody> errors) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	private record ErrorBody(@Nullable String field, @Nullable String message) {
	}

}
