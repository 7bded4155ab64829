package org.carepath.support.fhir;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.carepath.support.test.FhirValidation;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NarrativesTests {

	@Test
	void aGeneratedNarrativeIsOneParagraphPerLineThatTheValidatorAccepts() {
		Basic resource = new Basic(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/basic-resource-type", "adminact", null)));
		resource.setText(Narratives.generated("First line.", "Second line."));

		String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(resource);

		assertThat(json).contains("\"status\":\"generated\"")
			.contains("<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\"><p>First line.</p><p>Second line.</p></div>");
		// dom-6 (narrative present), txt-1 (only basic XHTML) and txt-2 (some text).
		assertThat(FhirValidation.r4().validate(json)).extracting(FhirValidation::describe).isEmpty();
	}

	@Test
	void markupInALineIsTextNotMarkup() {
		Basic resource = new Basic();
		resource.setText(Narratives.generated(List.of("<script>alert(1)</script> & more")));

		String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(resource);

		assertThat(json).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more").doesNotContain("<script>");
	}

}
