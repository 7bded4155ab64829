package org.carepath.intake.screening;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in patient's own screenings ({@code /api/intake/my/screenings}): linked by the
 * token's sub, audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class MyScreeningsTests {

	static final String[] GAD_CODES = { "LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9" };

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
	void aSignedInPatientsSelfCheckIsLinkedToTheirSubjectAndAnAnonymousOneIsNot() throws Exception {
		UUID mine = submit(gad7(5, "self"), patient("pat-a"));
		UUID anonymous = submit(gad7(5, "self"), null);
		UUID administered = submit(gad7(5, "staff"), bearer("intake", "staff"));

		assertThat(subjectOf(mine)).isEqualTo(sub("pat-a"));
		assertThat(subjectOf(anonymous)).isNull();
		assertThat(subjectOf(administered)).isNull();
	}

	@Test
	void aPatientSeesOnlyTheirOwnScreeningsNewestFirst() throws Exception {
		UUID first = submit(gad7(5, "self"), patient("pat-a"));
		UUID second = submit(phq9(), patient("pat-a"));
		UUID third = submit(gad7(12, "self"), patient("pat-a"));
		UUID others = submit(gad7(0, "self"), patient("pat-b"));
		submit(gad7(20, "self"), null);

		JsonNode own = list(patient("pat-a"));

		assertThat(ids(own.get("screenings"))).containsExactly(third, second, first);
		JsonNode newest = own.get("screenings").get(0);
		assertThat(newest.get("instrument").asString()).isEqualTo("gad-7");
		assertThat(newest.get("instrumentTitle").asString()).isNotBlank();
		assertThat(newest.get("version").asString()).isEqualTo("1.0.0");
		assertThat(newest.get("reference").asString()).isNotBlank();
		assertThat(newest.get("completedAt").asString()).isNotBlank();
		assertThat(newest.get("score").asInt()).isEqualTo(12);
		assertThat(newest.get("maxScore").asInt()).isEqualTo(21);
		assertThat(newest.get("band").asString()).isEqualTo("moderate");
		assertThat(newest.get("positive").asBoolean()).isTrue();
		assertThat(newest.get("crisis").asBoolean()).isFalse();
		assertThat(newest.get("nextStep").get("code").asString()).isEqualTo("brief-intervention");
		assertThat(newest.get("nextStep").get("text").asString()).isNotBlank();
		// Results only: no answers, no notes, no workflow.
		assertThat(newest.has("answers")).isFalse();
		assertThat(newest.has("notes")).isFalse();
		assertThat(newest.has("status")).isFalse();

		assertThat(ids(list(patient("pat-b")).get("screenings"))).containsExactly(others);
		assertThat(list(patient("pat-c")).get("screenings").isEmpty()).isTrue();
	}

	@Test
	void trendsArePerInstrumentOldestFirst() throws Exception {
		submit(gad7(5, "self"), patient("pat-a"));
		submit(phq9(), patient("pat-a"));
		submit(gad7(12, "self"), patient("pat-a"));
		submit(gad7(3, "self"), patient("pat-a"));

		JsonNode trends = list(patient("pat-a")).get("trends");

		assertThat(trends.valueStream().map(trend -> trend.get("instrument").asString()).toList())
			.containsExactly("gad-7", "phq-9");
		JsonNode gad = trends.get(0).get("points");
		assertThat(gad.valueStream().map(point -> point.get("score").asInt()).toList()).containsExactly(5, 12, 3);
		assertThat(gad.valueStream().map(point -> point.get("band").asString()).toList()).containsExactly("mild",
				"moderate", "minimal");
		assertThat(Instant.parse(gad.get(0).get("completedAt").asString()))
			.isBefore(Instant.parse(gad.get(1).get("completedAt").asString()));
		assertThat(trends.get(1).get("points")).hasSize(1);
	}

	@Test
	void everyListingIsAuditedWithThePatientAsActor() throws Exception {
		UUID first = submit(gad7(5, "self"), patient("pat-a"));
		UUID second = submit(gad7(12, "self"), patient("pat-a"));

		list(patient("pat-a"));
		list(patient("pat-c"));

		assertThat(this.jdbc
			.sql("select screening_id from audit_event where action = 'screening.listed-own' and actor = 'pat-a'")
			.query(UUID.class)
			.list()).containsExactlyInAnyOrder(first, second);
		// Someone with no screenings looked too.
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'screening.listed-own' and actor = 'pat-c'")
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void myScreeningsAreForPatientsOnly() throws Exception {
		this.mvc.perform(get("/api/intake/my/screenings")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/intake/my/screenings").header(HttpHeaders.AUTHORIZATION, bearer("intake", "staff")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(this.jdbc.sql("select count(*) from audit_event").query(Integer.class).single()).isZero();
	}

	@Test
	void aPatientMayOpenOneOfTheirOwnResultsButNotSomeoneElses() throws Exception {
		UUID mine = submit(gad7(12, "self"), patient("pat-a"));
		UUID theirs = submit(gad7(5, "self"), patient("pat-b"));

		this.mvc
			.perform(get("/api/intake/my/screenings/{id}", mine).header(HttpHeaders.AUTHORIZATION, patient("pat-a")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(mine.toString()))
			.andExpect(jsonPath("$.score").value(12))
			.andExpect(jsonPath("$.nextStep.code").value("brief-intervention"));
		this.mvc
			.perform(get("/api/intake/my/screenings/{id}", theirs).header(HttpHeaders.AUTHORIZATION, patient("pat-a")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(this.jdbc.sql("select screening_id from audit_event where action = 'screening.read-own'")
			.query(UUID.class)
			.list()).containsExactly(mine);
	}

	private JsonNode list(String authorization) throws Exception {
		String body = this.mvc
			.perform(get("/api/intake/my/screenings").header(HttpHeaders.AUTHORIZATION, authorization))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

	private static List<UUID> ids(JsonNode screenings) {
		return screenings.valueStream().map(row -> UUID.fromString(row.get("id").asString())).toList();
	}

	private String subjectOf(UUID screening) {
		return this.jdbc.sql("select subject from screening where id = ?")
			.param(screening)
			.query(String.class)
			.optional()
			.orElse(null);
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

	/** TestIssuer derives the token's sub from the username. */
	private static String sub(String username) {
		return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
	}

	private String patient(String username) {
		return bearer(username, "patient");
	}

	private String bearer(String username, String role) {
		return "Bearer " + this.keycloak.token(username, List.of(role), "carepath-intake");
	}

	private static Map<String, Object> phq9() {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 9; i++) {
			answers.put(String.valueOf(i), "LA6568-5");
		}
		return request("phq-9", "self", answers);
	}

	/**
	 * GAD-7 answers totalling {@code total}, filling items from the first with 3 points
	 * each.
	 */
	private static Map<String, Object> gad7(int total, String mode) {
		Map<String, Object> answers = new LinkedHashMap<>();
		int left = total;
		for (int i = 1; i <= 7; i++) {
			int points = Math.min(3, left);
			left -= points;
			answers.put(String.valueOf(i), GAD_CODES[points]);
		}
		return request("gad-7", mode, answers);
	}

	private static Map<String, Object> request(String instrument, String mode, Map<String, Object> answers) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("instrument", instrument);
		request.put("mode", mode);
		request.put("answers", answers);
		return request;
	}

}
