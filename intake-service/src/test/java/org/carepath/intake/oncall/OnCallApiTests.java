package org.carepath.intake.oncall;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
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
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roster API on a real PostgreSQL with real tokens
 * (docs/clinic-operations.md#on-call-roster-and-escalation): the development roster
 * seeded once, slots and exceptions added and removed, overlaps refused, every field
 * error at once, admins only, every change audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class OnCallApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestIssuer keycloak;

	@Autowired
	OnCallRoster roster;

	@BeforeEach
	void emptyRoster() {
		this.jdbc.sql("delete from on_call_slot").update();
		this.jdbc.sql("delete from on_call_exception").update();
		this.jdbc.sql("update on_call_roster set escalation_contact = 'escalation@carepath.test'").update();
	}

	@Test
	void theDevelopmentRosterIsSeededOnceAndNotAgainOnceConfigured() {
		// Seeded at start into the never-configured roster; this test emptied it since.
		assertThat(this.jdbc.sql("select configured from on_call_roster").query(Boolean.class).single()).isTrue();
		assertThat(this.roster.seedIfNeverConfigured("oncall@carepath.test", "escalation@carepath.test")).isFalse();
		assertThat(this.jdbc.sql("select count(*) from on_call_slot").query(Integer.class).single()).isZero();
	}

	@Test
	void anAdminSeesTheRosterInTheClinicsTimeZoneAndWhoIsOnCallNow() throws Exception {
		addSlot(slot("MONDAY", "00:00", "MONDAY", "00:00", "oncall@carepath.test", "backup@carepath.test"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.startDay").value("MONDAY"))
			.andExpect(jsonPath("$.startTime").value("00:00"))
			.andExpect(jsonPath("$.primary").value("oncall@carepath.test"));

		this.mvc.perform(get("/api/intake/on-call").header(HttpHeaders.AUTHORIZATION, admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeZone").value("America/New_York"))
			.andExpect(jsonPath("$.escalationContact").value("escalation@carepath.test"))
			.andExpect(jsonPath("$.slots", hasSize(1)))
			.andExpect(jsonPath("$.slots[0].endDay").value("MONDAY"))
			.andExpect(jsonPath("$.slots[0].escalation").value("backup@carepath.test"))
			.andExpect(jsonPath("$.exceptions", hasSize(0)))
			.andExpect(jsonPath("$.now.primary").value("oncall@carepath.test"))
			.andExpect(jsonPath("$.now.escalation").value("backup@carepath.test"))
			.andExpect(jsonPath("$.now.source").value("slot"));
	}

	@Test
	void withNothingOnTheRosterOnlyTheClinicWideEscalationContactIsLeft() throws Exception {
		this.mvc
			.perform(put("/api/intake/on-call/escalation-contact").header(HttpHeaders.AUTHORIZATION, admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"director@clinic.example.org\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value("director@clinic.example.org"));

		this.mvc.perform(get("/api/intake/on-call").header(HttpHeaders.AUTHORIZATION, admin()))
			.andExpect(jsonPath("$.now.primary").doesNotExist())
			.andExpect(jsonPath("$.now.escalation").value("director@clinic.example.org"))
			.andExpect(jsonPath("$.now.source").value("none"));
		assertThat(audited("on-call.escalation-contact-set")).isPositive();
	}

	@Test
	void anOverlappingSlotIsAConflictNamingTheSlotItOverlaps() throws Exception {
		String id = this.json
			.readTree(addSlot(slot("SUNDAY", "22:00", "MONDAY", "06:00", "a@carepath.test", "b@carepath.test"))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asString();

		addSlot(slot("MONDAY", "05:00", "MONDAY", "09:00", "c@carepath.test", "d@carepath.test"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:on-call-overlap"))
			.andExpect(jsonPath("$.conflictingId").value(id));
		addSlot(slot("MONDAY", "06:00", "MONDAY", "09:00", "c@carepath.test", "d@carepath.test"))
			.andExpect(status().isCreated());
		assertThat(this.jdbc.sql("select count(*) from on_call_slot").query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aSlotIsRemovedAndAnUnknownOneIsNotFound() throws Exception {
		String id = this.json
			.readTree(addSlot(slot("MONDAY", "09:00", "MONDAY", "17:00", "a@carepath.test", "b@carepath.test"))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asString();

		this.mvc.perform(delete("/api/intake/on-call/slots/{id}", id).header(HttpHeaders.AUTHORIZATION, admin()))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/intake/on-call/slots/{id}", id).header(HttpHeaders.AUTHORIZATION, admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(audited("on-call.slot-added")).isPositive();
		assertThat(audited("on-call.slot-removed")).isPositive();
	}

	@Test
	void everyWrongFieldOfASlotIsReportedAtOnceAndNothingIsStored() throws Exception {
		addSlot(slot("FUNDAY", "25:00", "MONDAY", "9am", "not-an-address", "")).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"))
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.contains("startDay", "startTime", "endTime", "primary", "escalation")));
		assertThat(this.jdbc.sql("select count(*) from on_call_slot").query(Integer.class).single()).isZero();
	}

	@Test
	void exceptionsAreAddedListedRemovedAndMayNotOverlapEachOther() throws Exception {
		Map<String, Object> holidays = exception("2026-12-24T17:00", "2026-12-27T09:00");
		String id = this.json
			.readTree(addException(holidays).andExpect(status().isCreated())
				.andExpect(jsonPath("$.start").value("2026-12-24T17:00"))
				.andExpect(jsonPath("$.end").value("2026-12-27T09:00"))
				.andExpect(jsonPath("$.note").value("Holidays"))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asString();

		addException(exception("2026-12-27T08:00", "2026-12-28T09:00")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.conflictingId").value(id));
		addException(exception("2026-12-27T09:00", "2026-12-28T09:00")).andExpect(status().isCreated());
		this.mvc.perform(get("/api/intake/on-call").header(HttpHeaders.AUTHORIZATION, admin()))
			.andExpect(jsonPath("$.exceptions", hasSize(2)))
			.andExpect(jsonPath("$.exceptions[0].id").value(id));
		this.mvc.perform(delete("/api/intake/on-call/exceptions/{id}", id).header(HttpHeaders.AUTHORIZATION, admin()))
			.andExpect(status().isNoContent());
		assertThat(audited("on-call.exception-removed")).isPositive();
	}

	@Test
	void anExceptionThatEndsBeforeItStartsIsAFieldError() throws Exception {
		addException(exception("2026-12-27T09:00", "2026-12-24T17:00")).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"))
			.andExpect(jsonPath("$.errors[0].field").value("end"));
		Map<String, Object> malformed = exception("24.12.2026 17:00", "2026-12-27");
		addException(malformed).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("start", "end")));
	}

	@Test
	void onlyAdminsMayReadOrChangeTheRoster() throws Exception {
		String staff = "Bearer " + this.keycloak.token("intake", List.of("staff"), "carepath-intake");
		this.mvc.perform(get("/api/intake/on-call").header(HttpHeaders.AUTHORIZATION, staff))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/intake/on-call/slots").header(HttpHeaders.AUTHORIZATION, staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(
						slot("MONDAY", "09:00", "MONDAY", "17:00", "a@carepath.test", "b@carepath.test"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/intake/on-call")).andExpect(status().isUnauthorized());
	}

	private ResultActions addSlot(Map<String, Object> slot) throws Exception {
		return this.mvc.perform(post("/api/intake/on-call/slots").header(HttpHeaders.AUTHORIZATION, admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(slot)));
	}

	private ResultActions addException(Map<String, Object> exception) throws Exception {
		return this.mvc.perform(post("/api/intake/on-call/exceptions").header(HttpHeaders.AUTHORIZATION, admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(exception)));
	}

	private static Map<String, Object> slot(String startDay, String startTime, String endDay, String endTime,
			String primary, String escalation) {
		Map<String, Object> slot = new LinkedHashMap<>();
		slot.put("startDay", startDay);
		slot.put("startTime", startTime);
		slot.put("endDay", endDay);
		slot.put("endTime", endTime);
		slot.put("primary", primary);
		slot.put("escalation", escalation);
		return slot;
	}

	private static Map<String, Object> exception(String start, String end) {
		Map<String, Object> exception = new LinkedHashMap<>();
		exception.put("start", start);
		exception.put("end", end);
		exception.put("primary", "holiday@carepath.test");
		exception.put("escalation", "director@carepath.test");
		exception.put("note", "Holidays");
		return exception;
	}

	private int audited(String action) {
		return this.jdbc.sql("select count(*) from audit_event where action = ?")
			.param(action)
			.query(Integer.class)
			.single();
	}

	private String admin() {
		return "Bearer " + this.keycloak.token("admin", List.of("admin", "staff"), "carepath-intake");
	}

}
