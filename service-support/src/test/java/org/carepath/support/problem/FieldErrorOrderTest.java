package org.carepath.support.problem;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class FieldErrorOrderTest {

	record Answer(String linkId, Integer value) {
	}

	record Request(String instrument, List<Answer> answers, String email) {
	}

	private static FieldError error(String field, String code) {
		return new FieldError("request", field, null, false, new String[] { code }, null, code + " " + field);
	}

	@Test
	void listsErrorsInTheOrderTheRequestDeclaresItsFields() {
		List<FieldError> errors = List.of(error("email", "Email"), error("answers[1].value", "Max"),
				error("instrument", "Pattern"), error("answers[0].linkId", "NotBlank"),
				error("answers[0].value", "Min"));

		assertThat(FieldErrorOrder.firstPerField(Request.class, errors)).extracting(FieldError::getField)
			.containsExactly("instrument", "answers[0].linkId", "answers[0].value", "answers[1].value", "email");
	}

	@Test
	void keepsOneMessagePerFieldAndPrefersTheMissingValueRule() {
		List<FieldError> errors = List.of(error("instrument", "Size"), error("instrument", "NotBlank"),
				error("instrument", "Pattern"));

		assertThat(FieldErrorOrder.firstPerField(Request.class, errors)).extracting(FieldError::getCode)
			.containsExactly("NotBlank");
	}

	@Test
	void putsUnknownFieldsLastInNameOrder() {
		List<FieldError> errors = List.of(error("zeta", "NotNull"), error("alpha", "NotNull"), error("email", "Email"));

		assertThat(FieldErrorOrder.firstPerField(Request.class, errors)).extracting(FieldError::getField)
			.containsExactly("email", "alpha", "zeta");
	}

	@Test
	void errorsOfTheAppsOwnRulesWithoutACodeAreOrderedToo() {
		record Problem(String field, String message) {
		}
		List<Problem> problems = List.of(new Problem("email", "taken"), new Problem("instrument", "unknown"),
				new Problem("email", "second"));

		assertThat(FieldErrorOrder.firstPerField(Request.class, problems, Problem::field, problem -> null))
			.extracting(Problem::message)
			.containsExactly("unknown", "taken");
	}

}
