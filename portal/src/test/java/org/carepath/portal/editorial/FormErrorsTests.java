package org.carepath.portal.editorial;

import java.util.List;

import org.carepath.portal.system.FieldErrors;
import org.carepath.portal.system.ServiceProblem;
import org.carepath.portal.system.ServiceProblem.FieldProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormErrorsTests {

	@ParameterizedTest
	@CsvSource({ "slug, slug", "title, title", "author, author-name", "author.name, author-name",
			"author.credentials, author-credentials", "topics, topics", "topics[3], topics", "body, body",
			"faq[2].answer, faq-2-answer", "faq[0].question, faq-0-question", "faq[1], faq-1-question",
			"faq, faq-0-question", "relatedInstruments[0], instrument-0", "resourceIds[1], resource-0",
			"somethingElse, article-form" })
	void serviceFieldNamesLeadToTheFormFieldToFix(String apiField, String formId) {
		assertThat(FormErrors.field(apiField).id()).isEqualTo(formId);
	}

	@Test
	void aProblemWithoutFieldErrorsStillSaysWhatHappened() {
		FieldErrors errors = FormErrors.from(new ServiceProblem(409, "urn:carepath:problem:invalid-transition",
				"A revision is in review.", List.of()));

		assertThat(errors.messages()).singleElement()
			.satisfies(message -> assertThat(message.summaryText()).isEqualTo("A revision is in review."));
	}

	@Test
	void aFieldDescribedByItsHintAndItsError() {
		FieldErrors errors = FormErrors.from(new ServiceProblem(400, null, null,
				List.of(new FieldProblem("topics[0]", "bad"), new FieldProblem("topics[1]", "worse"))));

		assertThat(errors.describedBy("topics", "topics-hint")).isEqualTo("topics-hint topics-error");
		assertThat(errors.describedBy("title", null)).isNull();
		assertThat(errors.of("topics")).containsExactly("bad", "worse");
	}

}
