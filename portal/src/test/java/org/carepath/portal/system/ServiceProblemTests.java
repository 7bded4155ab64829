package org.carepath.portal.system;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the portal keeps of another service's problem+json answer. */
class ServiceProblemTests {

	@Test
	void aProblemKeepsItsTypeDetailAndFieldErrorsInTheServicesOrder() {
		ServiceProblem problem = ServiceProblem.fromBody(400, bytes("""
				{"type":"urn:carepath:problem:validation","title":"Invalid request","status":400,
				 "detail":"Some fields need attention.","instance":"/api/content/articles",
				 "errors":[{"field":"faq[1].answer","message":"must not be blank"},
				           {"field":"articleRequest","message":"needs a summary or a body"}]}"""));

		assertThat(problem.status()).isEqualTo(400);
		assertThat(problem.isType("validation")).isTrue();
		assertThat(problem.detail()).isEqualTo("Some fields need attention.");
		assertThat(problem.errors()).containsExactly(
				new ServiceProblem.FieldProblem("faq[1].answer", "must not be blank"),
				new ServiceProblem.FieldProblem("articleRequest", "needs a summary or a body"));
	}

	@Test
	void anErrorWithoutAFieldIsAboutTheWholeFormAndOneWithoutAMessageIsDropped() {
		ServiceProblem problem = ServiceProblem.fromBody(422,
				bytes("""
						{"errors":[{"message":"Answers do not match the instrument."},{"field":"name"},{"field":"x","message":" "}],
						 "detail":"  "}"""));

		assertThat(problem.errors())
			.containsExactly(new ServiceProblem.FieldProblem("", "Answers do not match the instrument."));
		assertThat(problem.detail()).isNull();
		assertThat(problem.type()).isNull();
	}

	@Test
	void anAnswerThatIsNotAProblemLeavesOnlyTheStatus() {
		for (String body : new String[] { "<html>Bad gateway</html>", "[1,2]", "\"oops\"", "" }) {
			ServiceProblem problem = ServiceProblem.fromBody(502, bytes(body));

			assertThat(problem.status()).isEqualTo(502);
			assertThat(problem.type()).isNull();
			assertThat(problem.detail()).isNull();
			assertThat(problem.errors()).isEmpty();
			assertThat(problem.isUnavailable()).isTrue();
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
