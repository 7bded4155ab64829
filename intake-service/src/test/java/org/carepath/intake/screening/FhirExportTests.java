package org.carepath.intake.screening;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/intake/screenings/{id}/fhir}: the Bundle read back with HAPI's own
 * parser.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class FhirExportTests {

	static final String LOINC = "http://loinc.org";

	static final String NOT_AT_ALL = "LA6568-5";

	static final String SEVERAL_DAYS = "LA6569-3";

	static final String NEARLY_EVERY_DAY = "LA6571-9";

	static final String YES = "LA33-6";

	static final String NO = "LA32-8";

	static final List<String> SECURITY_LABELS = List.of("http://terminology.hl7.org/CodeSystem/v3-Confidentiality|R",
			"http://terminology.hl7.org/CodeSystem/v3-ActCode|42CFRPart2",
			"http://terminology.hl7.org/CodeSystem/v3-ActCode|SUD",
			"http://terminology.hl7.org/CodeSystem/v3-ActCode|NORDSCLCD");

	@Autowired
	TestIssuer keycloak;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	FhirContext fhir;

	@BeforeEach
	void emptyTables() {
		this.jdbc.sql("truncate audit_event, crisis_alert, screening_contact, screening cascade").update();
	}

	@Test
	void aPhq9ExportHasEveryAnswerTheTotalScoreAndItem9() throws Exception {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("1", NEARLY_EVERY_DAY);
		for (int i = 2; i <= 8; i++) {
			answers.put(String.valueOf(i), NOT_AT_ALL);
		}
		answers.put("9", SEVERAL_DAYS);
		answers.put("10", "LA6572-7");
		UUID id = submit(request("phq-9", "self", answers), null);

		Bundle bundle = export(id);

		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		assertThat(bundle.getTimestamp()).isNotNull();
		assertThat(bundle.getEntry()).hasSize(3)
			.allSatisfy(entry -> assertThat(entry.getFullUrl()).startsWith("urn:uuid:"));
		QuestionnaireResponse response = only(bundle, QuestionnaireResponse.class);
		assertThat(response.getQuestionnaire()).isEqualTo("https://carepath.example/fhir/Questionnaire/phq-9|1.0.0");
		assertThat(response.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		assertThat(response.getAuthored()).isNotNull();
		assertThat(response.getAuthor().getType()).isEqualTo("Patient");
		assertThat(response.getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
		QuestionnaireResponseItemComponent item9 = response.getItem().get(8);
		assertThat(item9.getText()).startsWith("Thoughts that you would be better off dead");
		Coding answer9 = item9.getAnswerFirstRep().getValueCoding();
		assertThat(List.of(answer9.getSystem(), answer9.getCode(), answer9.getDisplay())).containsExactly(LOINC,
				SEVERAL_DAYS, "Several days");

		Observation total = observation(bundle, "44261-6");
		assertThat(total.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
		assertThat(total.getCategoryFirstRep().getCodingFirstRep().getSystem())
			.isEqualTo("http://terminology.hl7.org/CodeSystem/observation-category");
		assertThat(total.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
		assertScore(total, 4);
		assertThat(total.getInterpretation()).flatExtracting(concept -> concept.getCoding())
			.extracting(Coding::getCode)
			.contains("minimal", "NEG");
		assertThat(total.getEffectiveDateTimeType().getValue()).isEqualTo(response.getAuthored());
		assertThat(total.getIssued()).isNotNull();
		assertThat(total.getDerivedFromFirstRep().getReference()).isEqualTo(fullUrl(bundle, response));

		Observation item9Observation = observation(bundle, "44260-8");
		assertThat(item9Observation.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo(SEVERAL_DAYS);
		assertThat(item9Observation.getInterpretation()).flatExtracting(concept -> concept.getCoding())
			.extracting(Coding::getCode)
			.containsExactly("safety-event");
		assertThat(item9Observation.getDerivedFromFirstRep().getReference()).isEqualTo(fullUrl(bundle, response));
	}

	@Test
	void aDast10ExportCarriesItsLoincTotalScore() throws Exception {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 10; i++) {
			answers.put(String.valueOf(i), YES);
		}
		UUID id = submit(request("dast-10", "self", answers), null);

		Bundle bundle = export(id);

		assertThat(bundle.getEntry()).hasSize(2);
		assertThat(only(bundle, QuestionnaireResponse.class).getItem()).hasSize(10);
		// Item 3 scores on No: ten Yes answers make 9.
		Observation total = observation(bundle, "82667-7");
		assertScore(total, 9);
		assertThat(total.getInterpretation()).flatExtracting(concept -> concept.getCoding())
			.extracting(Coding::getCode)
			.contains("severe", "POS");
	}

	@Test
	void skippedCrafftItemsAreLeftOutAndDaysAreWholeNumbers() throws Exception {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("alcohol-days", 0);
		answers.put("cannabis-days", 0);
		answers.put("other-days", 0);
		answers.put("car", NO);
		UUID id = submit(request("crafft-2.1", "self", answers), null);

		Bundle bundle = export(id);

		QuestionnaireResponse response = only(bundle, QuestionnaireResponse.class);
		assertThat(response.getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId)
			.containsExactly("alcohol-days", "cannabis-days", "other-days", "car");
		assertThat(response.getItem().get(0).getAnswerFirstRep().getValueIntegerType().getValue()).isZero();
		Observation total = only(bundle, Observation.class);
		// No LOINC code for the CRAFFT 2.1 total: a local CarePath code.
		assertThat(total.getCode().getCodingFirstRep().getSystem()).startsWith("https://carepath.example/fhir/");
		assertScore(total, 0);
	}

	@Test
	void everyResourceCarriesThePart2SecurityLabels() throws Exception {
		UUID id = submit(request("phq-9", "self", phq9(SEVERAL_DAYS)), null);

		Bundle bundle = export(id);

		assertThat(labels(bundle)).containsExactlyInAnyOrderElementsOf(SECURITY_LABELS);
		assertThat(bundle.getEntry()).hasSize(3)
			.allSatisfy(entry -> assertThat(labels(entry.getResource()))
				.containsExactlyInAnyOrderElementsOf(SECURITY_LABELS));
	}

	@Test
	void aStaffAdministeredScreeningNamesTheStaffMemberAsAuthorAndNobodyElse() throws Exception {
		Map<String, Object> request = request("phq-9", "staff", phq9(NOT_AT_ALL));
		request.put("contact", Map.of("name", "Sam Quill", "phone", "201-555-0123", "email", "sam.quill@example.org",
				"consentToContact", true));
		UUID id = submit(request, staff());

		String body = exportBody(id);

		assertThat(body).doesNotContain("Sam", "Quill", "201-555-0123", "2015550123", "sam.quill@example.org", "26-34");
		QuestionnaireResponse response = only(parse(body), QuestionnaireResponse.class);
		assertThat(response.getAuthor().getType()).isEqualTo("Practitioner");
		assertThat(response.getAuthor().getIdentifier().getValue()).isEqualTo("intake");
		assertThat(response.getSource().getType()).isEqualTo("Patient");
		assertThat(response.getSource().hasIdentifier()).isFalse();
	}

	@Test
	void anExportIsAuditedLikeAnyRead() throws Exception {
		UUID id = submit(request("phq-9", "self", phq9(NOT_AT_ALL)), null);

		this.mvc
			.perform(get("/api/intake/screenings/{id}/fhir", id).header(HttpHeaders.AUTHORIZATION, staff())
				.header("X-Access-Reason", "referral letter"))
			.andExpect(status().isOk());

		assertThat(this.jdbc
			.sql("select actor || '/' || reason from audit_event where action = 'screening.exported-fhir'"
					+ " and screening_id = ?")
			.param(id)
			.query(String.class)
			.list()).containsExactly("intake/referral letter");
	}

	@Test
	void theExportIsForStaffOnly() throws Exception {
		UUID id = submit(request("phq-9", "self", phq9(NOT_AT_ALL)), null);

		this.mvc.perform(get("/api/intake/screenings/{id}/fhir", id)).andExpect(status().isUnauthorized());
		this.mvc
			.perform(get("/api/intake/screenings/{id}/fhir", id).header(HttpHeaders.AUTHORIZATION,
					bearer("pat", "patient")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(exportAudits()).isZero();
	}

	@Test
	void anUnknownScreeningIsANotFoundProblem() throws Exception {
		this.mvc
			.perform(get("/api/intake/screenings/{id}/fhir", UUID.randomUUID())
				.header(HttpHeaders.AUTHORIZATION, staff())
				.accept(MediaType.parseMediaType("application/fhir+json")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:not-found"));
		assertThat(exportAudits()).isZero();
	}

	private Bundle export(UUID id) throws Exception {
		return parse(exportBody(id));
	}

	private String exportBody(UUID id) throws Exception {
		return this.mvc.perform(get("/api/intake/screenings/{id}/fhir", id).header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/fhir+json"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Bundle parse(String body) {
		return this.fhir.newJsonParser().parseResource(Bundle.class, body);
	}

	private static <T extends Resource> T only(Bundle bundle, Class<T> type) {
		List<T> found = bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static Observation observation(Bundle bundle, String loinc) {
		List<Observation> found = bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(Observation.class::isInstance)
			.map(Observation.class::cast)
			.filter(observation -> observation.getCode().hasCoding(LOINC, loinc))
			.toList();
		assertThat(found).as("Observation " + loinc).hasSize(1);
		return found.get(0);
	}

	private static String fullUrl(Bundle bundle, Resource resource) {
		return bundle.getEntry()
			.stream()
			.filter(entry -> entry.getResource() == resource)
			.findFirst()
			.orElseThrow()
			.getFullUrl();
	}

	private static void assertScore(Observation observation, int score) {
		Quantity value = observation.getValueQuantity();
		assertThat(value.getValue()).isEqualByComparingTo(BigDecimal.valueOf(score));
		assertThat(List.of(value.getUnit(), value.getSystem(), value.getCode())).containsExactly("{score}",
				"http://unitsofmeasure.org", "{score}");
	}

	private static List<String> labels(Resource resource) {
		return resource.getMeta().getSecurity().stream().map(c -> c.getSystem() + "|" + c.getCode()).toList();
	}

	private int exportAudits() {
		return this.jdbc.sql("select count(*) from audit_event where action = 'screening.exported-fhir'")
			.query(Integer.class)
			.single();
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
		return bearer("intake", "staff");
	}

	private String bearer(String username, String role) {
		return "Bearer " + this.keycloak.token(username, List.of(role), "carepath-intake");
	}

	private static Map<String, Object> phq9(String item9) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 8; i++) {
			answers.put(String.valueOf(i), NOT_AT_ALL);
		}
		answers.put("9", item9);
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
