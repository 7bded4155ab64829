package org.carepath.intake.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.FhirValidation;
import org.carepath.support.test.FhirValidation.AcceptedWarning;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every kind of screening export, as {@code GET /api/intake/screenings/{id}/fhir} serves
 * it, passes HL7's instance validator with no errors
 * (docs/clinical-rules.md#fhir-export): each of the five instruments, a PHQ-9 safety
 * event, a staff-administered screening and a CRAFFT with and without its skipped
 * questions. The validator also knows the shipped Questionnaires, so every answer is
 * checked against its item and options.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class FhirExportConformanceTests {

	static final String YES = "LA33-6";

	static final String NO = "LA32-8";

	static final String NOT_AT_ALL = "LA6568-5";

	static final String SEVERAL_DAYS = "LA6569-3";

	static final String NEARLY_EVERY_DAY = "LA6571-9";

	/**
	 * The warnings the validator still gives, and why each is acceptable. Anything else
	 * it warns about fails the test.
	 */
	static final List<AcceptedWarning> ACCEPTED = List.of(
			AcceptedWarning.of("(CodeSystem is unknown and can't be validated: |codeSystem ')http://loinc\\.org",
					"LOINC is not among the R4 core definitions and the tests have no terminology server, so LOINC"
							+ " codes and their displays (panels, items, totals, answers) cannot be checked offline;"
							+ " they are copied from the instrument files (docs/clinical-rules.md lists them)"),
			AcceptedWarning.of(
					"CodeSystem is unknown and can't be validated: https://carepath\\.example/fhir/CodeSystem/",
					"CarePath's own codes (score bands, the safety-event flag, the CRAFFT 2.1 total, which has no"
							+ " LOINC code) are not published as CodeSystem resources"),
			AcceptedWarning.of(
					"are in the value set 'Observation Interpretation Codes'.*codes = https://carepath\\.example/fhir/CodeSystem/",
					"The binding is extensible and HL7's interpretation codes have nothing for an instrument's band"
							+ " (e.g. moderately-severe) or the safety-event flag; POS/NEG, which they have, are used"
							+ " beside them"),
			AcceptedWarning.of("v3-ActCode#42CFRPart2\\).*'SecurityLabels'",
					"42CFRPart2 was added to HL7's ActCode after the R4 terminology snapshot the core definitions"
							+ " carry; current HL7 terminology and the DS4P guidance have it, and the binding is"
							+ " extensible (docs/part2-consent.md#security-labels)"),
			AcceptedWarning.of("annotations like \\{score\\}",
					"{score} is the unit LOINC gives these totals and the one docs/clinical-rules.md documents; a"
							+ " score has no other unit"));

	static FhirValidation validator;

	@Autowired
	TestIssuer keycloak;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@BeforeAll
	static void validatorWithTheShippedQuestionnaires() throws IOException {
		FhirContext fhir = FhirContext.forR4Cached();
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:instruments/*.json");
		Questionnaire[] questionnaires = new Questionnaire[files.length];
		for (int i = 0; i < files.length; i++) {
			try (InputStream in = files[i].getInputStream()) {
				questionnaires[i] = fhir.newJsonParser().parseResource(Questionnaire.class, in);
			}
		}
		validator = FhirValidation.r4(questionnaires);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("screenings")
	void everyExportPassesTheFhirValidator(String what, Map<String, Object> request, boolean byStaff) throws Exception {
		UUID id = submit(request, byStaff ? staff() : null);

		String bundle = this.mvc
			.perform(get("/api/intake/screenings/{id}/fhir", id).header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/fhir+json"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		validator.assertValid(bundle, ACCEPTED);
	}

	static Stream<Arguments> screenings() {
		Map<String, Object> crafftWithUse = answers("alcohol-days", 12, "cannabis-days", 0, "other-days", 3);
		for (String item : List.of("car", "relax", "alone", "forget", "family-friends", "trouble")) {
			crafftWithUse.put(item, YES);
		}
		return Stream.of(Arguments.of("DAST-10", request("dast-10", "self", numbered(1, 10, YES)), false),
				Arguments.of("AUDIT-C",
						request("audit-c", "self", answers("1", "LA18927-6", "2", "LA15695-2", "3", "LA18933-4")),
						false),
				Arguments.of("PHQ-9 safety event", request("phq-9", "self", phq9(SEVERAL_DAYS)), false),
				Arguments.of("PHQ-9 administered by staff", request("phq-9", "staff", phq9(NOT_AT_ALL)), true),
				Arguments.of("GAD-7", request("gad-7", "self", numbered(1, 7, NEARLY_EVERY_DAY)), false),
				Arguments.of("CRAFFT 2.1, only the Car question asked",
						request("crafft-2.1", "self",
								answers("alcohol-days", 0, "cannabis-days", 0, "other-days", 0, "car", NO)),
						false),
				Arguments.of("CRAFFT 2.1, every question asked", request("crafft-2.1", "self", crafftWithUse), false));
	}

	private UUID submit(Map<String, Object> request, String authorization) throws Exception {
		MockHttpServletRequestBuilder builder = post("/api/intake/screenings").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(request));
		if (authorization != null) {
			builder.header(HttpHeaders.AUTHORIZATION, authorization);
		}
		String body = this.mvc.perform(builder)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(this.json.readTree(body).get("id").asString());
	}

	private String staff() {
		return "Bearer " + this.keycloak.token("intake", List.of("staff"), "carepath-intake");
	}

	/** PHQ-9 items 1–8 "Not at all", item 9 as given, item 10 (unscored) answered. */
	private static Map<String, Object> phq9(String item9) {
		Map<String, Object> answers = numbered(1, 8, NOT_AT_ALL);
		answers.put("9", item9);
		answers.put("10", "LA6572-7");
		return answers;
	}

	private static Map<String, Object> numbered(int from, int to, String code) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = from; i <= to; i++) {
			answers.put(String.valueOf(i), code);
		}
		return answers;
	}

	private static Map<String, Object> answers(Object... linkIdsAndAnswers) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 0; i < linkIdsAndAnswers.length; i += 2) {
			answers.put((String) linkIdsAndAnswers[i], linkIdsAndAnswers[i + 1]);
		}
		return answers;
	}

	private static Map<String, Object> request(String instrument, String mode, Map<String, Object> answers) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("instrument", instrument);
		request.put("mode", mode);
		request.put("answers", answers);
		request.put("respondent", Map.of("sex", "female", "ageBand", "26-34"));
		return request;
	}

}
