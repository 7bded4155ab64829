package org.carepath.support.problem;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

	@Test
	void anExceptionWithASlugCarriesThatTypeTitleAndDetail() {
		ErrorResponseException ex = Problems.exception(HttpStatus.CONFLICT, "suggestion-closed", "Suggestion closed",
				"This suggestion was already dismissed or referred.");

		assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		ProblemDetail problem = ex.getBody();
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getType()).hasToString("urn:carepath:problem:suggestion-closed");
		assertThat(problem.getTitle()).isEqualTo("Suggestion closed");
		assertThat(problem.getDetail()).isEqualTo("This suggestion was already dismissed or referred.");
		assertThat(problem.getProperties()).isNullOrEmpty();
	}

	@Test
	void anExceptionWithoutASlugTakesTheTypeOfItsStatus() {
		ErrorResponseException ex = Problems.exception(HttpStatus.NOT_FOUND, "Not found", "No such referral.");

		assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(ex.getBody().getType()).hasToString("urn:carepath:problem:not-found");
		assertThat(ex.getBody().getTitle()).isEqualTo("Not found");
		assertThat(ex.getBody().getDetail()).isEqualTo("No such referral.");
	}

	@Test
	void extraPropertiesAreAddedInTheOrderGivenAndMayBeNull() {
		Map<String, @Nullable Object> properties = new LinkedHashMap<>();
		properties.put("currentStatus", "new");
		properties.put("allowedTransitions", List.of("accepted", "declined"));
		properties.put("acknowledgedAt", null);
		properties.put("since", Instant.EPOCH);

		ErrorResponseException ex = Problems.exception(HttpStatus.CONFLICT, "transition-not-allowed",
				"Transition not allowed", "A referral that is new cannot become closed.", properties);

		assertThat(ex.getBody().getProperties()).containsExactlyEntriesOf(properties);
		assertThat(ex.getBody().getProperties()).containsKey("acknowledgedAt");
	}

	@Test
	void anInvalidRequestListsItsErrorsAsFieldAndMessage() {
		ErrorResponseException ex = Problems.invalid(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
				"Some fields are missing or invalid.", List.of(Problems.fieldError("mode", "must be self or staff"),
						Problems.fieldError("instrument", "required")));

		assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ProblemDetail problem = ex.getBody();
		assertThat(problem.getType()).hasToString("urn:carepath:problem:validation");
		assertThat(problem.getTitle()).isEqualTo("Invalid request");
		assertThat(problem.getDetail()).isEqualTo("Some fields are missing or invalid.");
		assertThat(problem.getProperties()).containsOnlyKeys("errors");
		assertThat(problem.getProperties().get("errors"))
			.isEqualTo(List.of(Map.of("field", "mode", "message", "must be self or staff"),
					Map.of("field", "instrument", "message", "required")));
	}

	@Test
	void anInvalidRequestKeepsTheExtraKeysOfEachError() {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("element", "purpose");
		error.put("field", "consent.purpose");
		error.put("message", "required");

		ErrorResponseException ex = Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "consent-invalid",
				"Consent invalid", "The consent does not allow this disclosure.", List.of(error));

		assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(ex.getBody().getType()).hasToString("urn:carepath:problem:consent-invalid");
		assertThat(ex.getBody().getProperties().get("errors")).isEqualTo(List.of(error));
	}

	@Test
	void aFieldErrorNamesTheFieldBeforeTheMessage() {
		assertThat(Problems.fieldError("note", "required")).containsExactly(Map.entry("field", "note"),
				Map.entry("message", "required"));
	}

}
