package org.carepath.intake.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Submitting screenings, crisis alerts, the queue, the audited detail: on a real
 * PostgreSQL with real tokens.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class ScreeningSubmissionTests {

	static final String NOT_AT_ALL = "LA6568-5";

	static final String SEVERAL_DAYS = "LA6569-3";

	static final String MORE_THAN_HALF = "LA6570-1";

	static final String NEARLY_EVERY_DAY = "LA6571-9";

	@Autowired
	TestIssuer keycloak;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void emptyTables() {
		this.jdbc.sql("truncate audit_event, crisis_alert, screening_contact, screening cascade").update();
	}

	@Test
	void phq9WithItem9SeveralDaysAndATotalOf1IsACrisisShownFirstAndOpensAnAlert() throws Exception {
		String body = submit(phq9Item9(SEVERAL_DAYS, "self")).andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/intake/screenings/")))
			.andExpect(jsonPath("$.instrument").value("phq-9"))
			.andExpect(jsonPath("$.version").isNotEmpty())
			.andExpect(jsonPath("$.score").value(1))
			.andExpect(jsonPath("$.band").value("minimal"))
			.andExpect(jsonPath("$.positive").value(false))
			.andExpect(jsonPath("$.crisis").value(true))
			.andExpect(jsonPath("$.nextStep.code").value("urgent-review"))
			.andExpect(jsonPath("$.nextStep.text").isNotEmpty())
			.andExpect(jsonPath("$.crisisPanel.statement").isNotEmpty())
			.andExpect(jsonPath("$.crisisPanel.contacts[*].number", containsInAnyOrder("988", "911")))
			.andExpect(jsonPath("$.resources[*].number", containsInAnyOrder("988", "911")))
			.andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers
				.matchesPattern("[" + References.ALPHABET + "]{3}-[" + References.ALPHABET + "]{4}")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).startsWith("{\"crisisPanel\":");
		UUID id = UUID.fromString(this.json.readTree(body).get("id").asString());
		assertThat(count("screening")).isOne();
		assertThat(this.jdbc.sql("select score from screening where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(this.jdbc.sql("select answers->>'9' from screening where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(SEVERAL_DAYS);
		assertThat(this.jdbc.sql("select status from crisis_alert where screening_id = ?")
			.param(id)
			.query(String.class)
			.list()).containsExactly("open");
		assertThat(count("screening_contact")).isZero();
	}

	@Test
	void aResultWithoutCrisisHasNoCrisisPanelButAlwaysTheCrisisLines() throws Exception {
		String body = submit(gad7(0)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.crisis").value(false))
			.andExpect(jsonPath("$.crisisPanel").doesNotExist())
			.andExpect(jsonPath("$.nextStep.code").value("reinforce"))
			.andExpect(jsonPath("$.resources[*].number", containsInAnyOrder("988", "911")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).startsWith("{\"id\":");
		assertThat(count("crisis_alert")).isZero();
	}

	@Test
	void aPositiveDast10AddsTheTreatmentHelplineAndTheKetamineArticle() throws Exception {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 10; i++) {
			answers.put(String.valueOf(i), "LA33-6");
		}
		submit(request("dast-10", "self", answers)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.positive").value(true))
			.andExpect(jsonPath("$.resources[*].number", hasItem("1-800-662-4357")))
			.andExpect(jsonPath("$.relatedArticles[0].slug").value("ketamine-addiction"));
	}

	@Test
	void invalidAnswersAreRefusedNamingEachLinkIdAndNothingIsStored() throws Exception {
		Map<String, Object> answers = new LinkedHashMap<>(phq9Answers(NOT_AT_ALL));
		answers.remove("3");
		answers.put("5", "bogus-value");
		answers.put("7", 2);
		answers.put("99", NOT_AT_ALL);
		Map<String, Object> request = request("phq-9", "self", answers);
		request.put("contact", Map.of("name", "Sam", "phone", "201-555-0123", "consentToContact", true));
		submit(request).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:invalid-answers"))
			.andExpect(jsonPath("$.errors", hasSize(4)))
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("answers.3", "answers.5", "answers.7", "answers.99")))
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("bogus-value"))));
		assertNothingStored();
	}

	@Test
	void answersToQuestionsTheSkipRulesLeaveOutAreRefusedByDefaultNamingEachItem() throws Exception {
		submit(crafftNoUseWithPartB(null)).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:invalid-answers"))
			.andExpect(jsonPath("$.errors[*].linkId", contains("relax", "alone", "forget")))
			.andExpect(jsonPath("$.errors[*].reason", contains("not-asked", "not-asked", "not-asked")));
		submit(crafftNoUseWithPartB("reject")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].linkId", contains("relax", "alone", "forget")));
		assertNothingStored();
	}

	@Test
	void withSkippedAnswersIgnoreThoseAnswersAreDroppedBeforeScoringAndNotStored() throws Exception {
		UUID id = id(submit(crafftNoUseWithPartB("ignore")));
		assertThat(this.jdbc.sql("select answers::text from screening where id = ?")
			.param(id)
			.query(String.class)
			.single()).doesNotContain("relax", "alone", "forget");
		assertThat(this.jdbc.sql("select answers->>'car' from screening where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("LA32-8");
		assertThat(this.jdbc.sql("select next_step_code from screening where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("reinforce");
	}

	@Test
	void withSkippedAnswersIgnoreOtherInvalidAnswersAreStillRefused() throws Exception {
		Map<String, Object> request = crafftNoUseWithPartB("ignore");
		((Map<String, Object>) request.get("answers")).remove("car");
		submit(request).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:invalid-answers"))
			.andExpect(jsonPath("$.errors[*].linkId", contains("car")));
		assertNothingStored();
	}

	@Test
	void anyOtherSkippedAnswersValueIsRefusedOnThatField() throws Exception {
		submit(crafftNoUseWithPartB("skip")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"))
			.andExpect(jsonPath("$.errors[*].field", contains("skippedAnswers")));
		assertNothingStored();
	}

	@Test
	void theOpenApiDescriptionDocumentsSkippedAnswers() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.schemas.SubmissionRequest.properties.skippedAnswers.enum",
					containsInAnyOrder("reject", "ignore")))
			.andExpect(jsonPath("$.components.schemas.SubmissionRequest.properties.skippedAnswers.default")
				.value("reject"))
			.andExpect(jsonPath("$.components.schemas.SubmissionRequest.properties.skippedAnswers.description")
				.value(org.hamcrest.Matchers.containsString("enableWhen")));
	}

	@Test
	void theQueueComesAPageAtATimeWithTheTotalAndLinksToTheNeighbouringPages() throws Exception {
		for (int i = 0; i < 3; i++) {
			submit(gad7(0)).andExpect(status().isCreated());
		}
		this.mvc.perform(get("/api/intake/screenings").param("size", "2").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(header().string("X-Total-Count", "3"))
			.andExpect(header().stringValues(HttpHeaders.LINK, "</api/intake/screenings?page=2&size=2>; rel=\"next\""));
		this.mvc
			.perform(get("/api/intake/screenings").param("instrument", "gad-7")
				.param("page", "2")
				.param("size", "2")
				.header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(header().stringValues(HttpHeaders.LINK,
					"</api/intake/screenings?instrument=gad-7&page=1&size=2>; rel=\"prev\""));
		this.mvc.perform(get("/api/intake/screenings").param("size", "101").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"))
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		assertThat(QueueController.PAGE_SIZE).isEqualTo(50);
	}

	@Test
	void queueRowsNameTheInstrumentAndSummariseTheResultInClinicalWords() throws Exception {
		submit(phq9Item9(SEVERAL_DAYS, "self")).andExpect(status().isCreated());
		this.mvc.perform(get("/api/intake/screenings").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(jsonPath("$[0].instrument").value("phq-9"))
			.andExpect(jsonPath("$[0].instrumentTitle").value("PHQ-9 (depression)"))
			.andExpect(jsonPath("$[0].summary")
				.value("PHQ-9 item 9 positive — same-day clinician review; total 1 of 27 (minimal)"));
	}

	@Test
	void theResultGivesTheScaleOfTheScoreAndWhenSomeoneWillLookButNoStaffShorthandInTheStep() throws Exception {
		submit(phq9Item9(SEVERAL_DAYS, "self")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.score").value(1))
			.andExpect(jsonPath("$.maxScore").value(27))
			.andExpect(jsonPath("$.review.clinicOpen").isBoolean())
			.andExpect(jsonPath("$.review.text").isNotEmpty())
			.andExpect(jsonPath("$.nextStep.text",
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsStringIgnoringCase("item 9"))))
			.andExpect(jsonPath("$.nextStep.text",
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsStringIgnoringCase("same-day"))))
			.andExpect(jsonPath("$.nextStep.text",
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsStringIgnoringCase("today"))));
	}

	@Test
	void anUnknownInstrumentIsRefusedNamingTheField() throws Exception {
		submit(request("phq-99", "self", Map.of())).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("instrument")));
		assertNothingStored();
	}

	@Test
	void consentToContactNeedsAPhoneOrAnEmail() throws Exception {
		Map<String, Object> request = gad7(0);
		request.put("contact", Map.of("name", "Sam", "consentToContact", true));
		submit(request).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("contact")));
		assertNothingStored();
	}

	@Test
	void contactDetailsWithoutConsentToContactAreRefusedAndNotKept() throws Exception {
		Map<String, Object> request = gad7(0);
		request.put("contact", Map.of("name", "Sam", "phone", "201-555-0123", "consentToContact", false));
		submit(request).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("contact.consentToContact")));
		assertNothingStored();
	}

	@Test
	void contactDetailsAreKeptApartFromTheScreening() throws Exception {
		Map<String, Object> request = gad7(0);
		request.put("contact", Map.of("name", "Sam", "email", "sam@example.org", "consentToContact", true));
		submit(request).andExpect(status().isCreated());
		assertThat(this.jdbc.sql("select email from screening_contact").query(String.class).list())
			.containsExactly("sam@example.org");
	}

	@Test
	void anIdempotentRetryReturnsTheFirstResultAndStoresOneRow() throws Exception {
		Map<String, Object> request = phq9Item9(SEVERAL_DAYS, "self");
		String first = submit(request, "retry-1").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = submit(request, "retry-1").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode a = this.json.readTree(first);
		JsonNode b = this.json.readTree(second);
		assertThat(b.get("id")).isEqualTo(a.get("id"));
		assertThat(b.get("reference")).isEqualTo(a.get("reference"));
		assertThat(b).isEqualTo(a);
		assertThat(count("screening")).isOne();
		assertThat(count("crisis_alert")).isOne();
	}

	@Test
	void aStaffAdministeredScreeningSentTwiceWithOneIdempotencyKeyIsStoredOnce() throws Exception {
		// The portal's client repeats it on another instance when a connection fails.
		String first = submit(gad7Mode(3, "staff"), "staff-retry-1", staff()).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = submit(gad7Mode(3, "staff"), "staff-retry-1", staff()).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.json.readTree(second).get("id")).isEqualTo(this.json.readTree(first).get("id"));
		assertThat(count("screening")).isOne();
	}

	@Test
	void theSameIdempotencyKeyWithAnotherBodyIsRefused() throws Exception {
		submit(gad7(0), "retry-2").andExpect(status().isCreated());
		submit(gad7(5), "retry-2").andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:idempotency-key-reused"));
		assertThat(count("screening")).isOne();
	}

	@Test
	void aStaffAdministeredScreeningNeedsASignedInStaffMember() throws Exception {
		submit(gad7Mode(0, "staff")).andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		submit(gad7Mode(0, "staff"), null, patient()).andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		assertNothingStored();
		submit(gad7Mode(0, "staff"), null, staff()).andExpect(status().isCreated());
		assertThat(this.jdbc.sql("select administered_by from screening").query(String.class).list())
			.containsExactly("intake");
	}

	@Test
	void aSelfCheckMayCarryAToken() throws Exception {
		submit(gad7(0), null, patient()).andExpect(status().isCreated());
		assertThat(this.jdbc.sql("select mode from screening").query(String.class).list()).containsExactly("self");
	}

	@Test
	void theQueuePutsOpenAlertsFirstThenSeverityThenTheOldest() throws Exception {
		UUID acknowledgedCrisis = id(submit(phq9Item9(SEVERAL_DAYS, "self")));
		UUID reinforceOld = id(submit(gad7(0)));
		UUID brief = id(submit(gad7(5)));
		UUID referral = id(submit(gad7(15)));
		UUID reinforceNew = id(submit(gad7(0)));
		UUID openCrisis = id(submit(phq9Item9(MORE_THAN_HALF, "self")));
		UUID alert = this.jdbc.sql("select id from crisis_alert where screening_id = ?")
			.param(acknowledgedCrisis)
			.query(UUID.class)
			.single();
		this.mvc.perform(post("/api/intake/alerts/{id}/acknowledge", alert).header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk());
		String queue = this.mvc.perform(get("/api/intake/screenings").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].openAlert").value(true))
			.andExpect(jsonPath("$[1].openAlert").value(false))
			.andExpect(jsonPath("$[0].waitingMinutes").isNumber())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ids(queue)).containsExactly(openCrisis, acknowledgedCrisis, referral, brief, reinforceOld,
				reinforceNew);
		String filtered = this.mvc
			.perform(get("/api/intake/screenings").param("instrument", "gad-7")
				.param("band", "minimal")
				.header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ids(filtered)).containsExactly(reinforceOld, reinforceNew);
	}

	@Test
	void acknowledgingAnAlertRemovesItFromTheOpenListAndRecordsWho() throws Exception {
		UUID screening = id(submit(phq9Item9(SEVERAL_DAYS, "self")));
		String open = this.mvc
			.perform(get("/api/intake/alerts").param("status", "open").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].screeningId").value(screening.toString()))
			.andExpect(jsonPath("$[0].screeningReference").isNotEmpty())
			.andExpect(jsonPath("$[0].waitingMinutes").isNumber())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String alert = this.json.readTree(open).get(0).get("id").asString();
		this.mvc.perform(post("/api/intake/alerts/{id}/acknowledge", alert).header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("acknowledged"))
			.andExpect(jsonPath("$.acknowledgedBy").value("intake"))
			.andExpect(jsonPath("$.acknowledgedAt").isNotEmpty());
		this.mvc.perform(get("/api/intake/alerts").param("status", "open").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(jsonPath("$", hasSize(0)));
		assertThat(this.jdbc.sql("select acknowledged_by from crisis_alert").query(String.class).list())
			.containsExactly("intake");
		this.mvc.perform(post("/api/intake/alerts/{id}/acknowledge", alert).header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void alertsAreForStaffOnly() throws Exception {
		this.mvc.perform(get("/api/intake/alerts")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/intake/alerts").header(HttpHeaders.AUTHORIZATION, patient()))
			.andExpect(status().isForbidden());
	}

	@Test
	void readingTheDetailWritesExactlyOneAuditEventThatAnAdminCanSee() throws Exception {
		UUID screening = id(submit(phq9Item9(SEVERAL_DAYS, "self")));
		this.mvc
			.perform(get("/api/intake/screenings/{id}", screening).header(HttpHeaders.AUTHORIZATION, staff())
				.header("X-Access-Reason", "crisis follow-up"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(10)))
			.andExpect(jsonPath("$.items[8].linkId").value("9"))
			.andExpect(jsonPath("$.items[8].text").isNotEmpty())
			.andExpect(jsonPath("$.items[8].answer").value(SEVERAL_DAYS))
			.andExpect(jsonPath("$.items[8].display").value("Several days"))
			.andExpect(jsonPath("$.openAlert").value(true))
			.andExpect(jsonPath("$.copyright").isNotEmpty());
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'screening.read'")
			.query(Integer.class)
			.single()).isOne();
		this.mvc
			.perform(get("/api/intake/audit").param("screening", screening.toString())
				.header(HttpHeaders.AUTHORIZATION, bearer("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.action == 'screening.read')]", hasSize(1)))
			.andExpect(jsonPath("$[?(@.action == 'screening.read')].actor").value(hasItem("intake")))
			.andExpect(jsonPath("$[?(@.action == 'screening.read')].reason").value(hasItem("crisis follow-up")));
	}

	@Test
	void theAuditTrailIsForAdminsOnly() throws Exception {
		this.mvc
			.perform(get("/api/intake/audit").param("screening", UUID.randomUUID().toString())
				.header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anUnknownScreeningIsNotFoundAndNotAudited() throws Exception {
		this.mvc
			.perform(get("/api/intake/screenings/{id}", UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:not-found"));
		assertThat(count("audit_event")).isZero();
	}

	private ResultActions submit(Map<String, Object> request) throws Exception {
		return submit(request, null, null);
	}

	private ResultActions submit(Map<String, Object> request, String idempotencyKey) throws Exception {
		return submit(request, idempotencyKey, null);
	}

	private ResultActions submit(Map<String, Object> request, String idempotencyKey, String authorization)
			throws Exception {
		MockHttpServletRequestBuilder builder = post("/api/intake/screenings").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(request));
		if (idempotencyKey != null) {
			builder.header("Idempotency-Key", idempotencyKey);
		}
		if (authorization != null) {
			builder.header(HttpHeaders.AUTHORIZATION, authorization);
		}
		return this.mvc.perform(builder);
	}

	private UUID id(ResultActions result) throws Exception {
		String body = result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(this.json.readTree(body).get("id").asString());
	}

	private List<UUID> ids(String array) {
		return this.json.readTree(array).valueStream().map(row -> UUID.fromString(row.get("id").asString())).toList();
	}

	private void assertNothingStored() {
		for (String table : List.of("screening", "screening_contact", "crisis_alert", "audit_event")) {
			assertThat(count(table)).as(table).isZero();
		}
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private String staff() {
		return bearer("intake", "staff");
	}

	private String patient() {
		return bearer("pat", "patient");
	}

	private String bearer(String username, String role) {
		return "Bearer " + this.keycloak.token(username, List.of(role), "carepath-intake");
	}

	private static Map<String, Object> phq9Answers(String item9) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 8; i++) {
			answers.put(String.valueOf(i), NOT_AT_ALL);
		}
		answers.put("9", item9);
		return answers;
	}

	private static Map<String, Object> phq9Item9(String item9, String mode) {
		return request("phq-9", mode, phq9Answers(item9));
	}

	private static Map<String, Object> gad7(int total) {
		return gad7Mode(total, "self");
	}

	/**
	 * GAD-7 answers totalling {@code total}, filling items from the first with 3 points
	 * each.
	 */
	private static Map<String, Object> gad7Mode(int total, String mode) {
		String[] codes = { NOT_AT_ALL, SEVERAL_DAYS, MORE_THAN_HALF, NEARLY_EVERY_DAY };
		Map<String, Object> answers = new LinkedHashMap<>();
		int left = total;
		for (int i = 1; i <= 7; i++) {
			int points = Math.min(3, left);
			left -= points;
			answers.put(String.valueOf(i), codes[points]);
		}
		return request("gad-7", mode, answers);
	}

	/**
	 * CRAFFT with no use in Part A (so only Car is asked) and answers to three Part B
	 * questions beyond Car, as a form sends what was typed before Part A changed.
	 */
	private static Map<String, Object> crafftNoUseWithPartB(String skippedAnswers) {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("alcohol-days", 0);
		answers.put("cannabis-days", 0);
		answers.put("other-days", 0);
		answers.put("car", "LA32-8");
		answers.put("relax", "LA33-6");
		answers.put("alone", "LA32-8");
		answers.put("forget", "LA33-6");
		Map<String, Object> request = request("crafft-2.1", "self", answers);
		if (skippedAnswers != null) {
			request.put("skippedAnswers", skippedAnswers);
		}
		return request;
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
