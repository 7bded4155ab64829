package org.carepath.portal.oncall;

import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins keep the on-call roster: who is on call now, weekly slots and dated exceptions
 * in the clinic's time zone, and the clinic-wide escalation contact, all through intake's
 * roster API as the signed-in admin.
 */
class OnCallPagesTests extends PageTestSupport {

	private static final String PAGE = "/staff/admin/on-call";

	private static final String ROSTER = "/api/intake/on-call";

	private static final String SLOT_ID = "5a1b2c3d-1111-4a5b-9c8d-0123456789ab";

	private static final String EXCEPTION_ID = "e1b2c3d4-2222-4a5b-9c8d-0123456789ab";

	static final String ROSTER_JSON = """
			{"timeZone":"America/New_York","escalationContact":"escalation@carepath.test",
			 "slots":[{"id":"%s","startDay":"MONDAY","startTime":"17:00","endDay":"TUESDAY","endTime":"09:00",
			           "primary":"oncall@carepath.test","escalation":"lead@carepath.test"}],
			 "exceptions":[{"id":"%s","start":"2026-12-24T17:00","end":"2026-12-27T09:00",
			                "primary":"holiday@carepath.test","escalation":"lead@carepath.test","note":"Holidays"}],
			 "now":{"primary":"oncall@carepath.test","escalation":"lead@carepath.test","source":"slot"}}"""
		.formatted(SLOT_ID, EXCEPTION_ID);

	static JwtRequestPostProcessor admin() {
		return signedInAs("admin", "Ada Admin", "admin", "staff");
	}

	@Test
	void theRosterShowsTheZoneWhoIsOnCallNowTheSlotsTheExceptionsAndAFormForEach() throws Exception {
		services.answerJson(ROSTER, ROSTER_JSON);

		String html = page(get(PAGE));

		String text = Html.text(html);
		assertThat(text).contains("Time zone America/New_York (Eastern Time)", "Primary contact oncall@carepath.test",
				"Escalation contact lead@carepath.test", "Covered by a weekly slot",
				"Monday 5:00 PM Tuesday 9:00 AM oncall@carepath.test lead@carepath.test",
				"Thursday, December 24, 2026, 5:00 PM Sunday, December 27, 2026, 9:00 AM holiday@carepath.test",
				"Holidays");
		assertThat(html).contains("action=\"/staff/admin/on-call/slots/" + SLOT_ID + "/delete\"",
				"aria-label=\"Delete the slot Monday 5:00 PM to Tuesday 9:00 AM\"",
				"action=\"/staff/admin/on-call/exceptions/" + EXCEPTION_ID + "/delete\"", "<legend>Starts</legend>",
				"<legend>Ends</legend>", "<legend>Period</legend>", "<label for=\"slot-start-day\">Day</label>",
				"<option value=\"MONDAY\">Monday</option>",
				"<input type=\"time\" id=\"slot-start-time\" name=\"startTime\"",
				"<input type=\"datetime-local\" id=\"exception-start\" name=\"start\"",
				"<input type=\"email\" id=\"escalation-contact-email\" name=\"email\" value=\"escalation@carepath.test\"",
				"<caption id=\"slots-caption\">", "<caption id=\"exceptions-caption\">",
				"<a href=\"/staff/admin/on-call\" aria-current=\"page\">On-call roster</a>");
		assertThat(html).doesNotContain("error-summary");
		assertThat(services.requests("GET", ROSTER).getFirst().authorization()).isEqualTo("Bearer token");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void whenNothingCoversTheMomentThePageSaysTheClinicWideContactIsEmailed() throws Exception {
		services.answerJson(ROSTER, """
				{"timeZone":"America/New_York","escalationContact":"escalation@carepath.test","slots":[],
				 "exceptions":[],"now":{"primary":null,"escalation":"escalation@carepath.test","source":"none"}}""");

		String text = Html.text(page(get(PAGE)));

		assertThat(text).contains("Primary contact Nobody: no slot or exception covers this moment",
				"an alert now goes to the clinic-wide escalation contact", "No weekly slots yet", "No exceptions.");
	}

	@Test
	void addingASlotSendsItToIntakeAsTheAdminAndComesBackToTheRoster() throws Exception {
		services.answerJson("POST", ROSTER + "/slots", 201, "{}");

		this.mvc
			.perform(post(PAGE + "/slots").with(admin())
				.param("_csrf", "t")
				.param("startDay", "FRIDAY")
				.param("startTime", "17:00")
				.param("endDay", "MONDAY")
				.param("endTime", "09:00:00")
				.param("primary", " weekend@carepath.test ")
				.param("escalation", "lead@carepath.test"))
			.andExpect(redirectedUrl(PAGE + "?done=slot-added"));

		var sent = services.requests("POST", ROSTER + "/slots").getFirst();
		assertThat(sent.authorization()).isEqualTo("Bearer token");
		assertThat(JsonMapper.shared().readTree(sent.body())).isEqualTo(JsonMapper.shared().readTree("""
				{"startDay":"FRIDAY","startTime":"17:00","endDay":"MONDAY","endTime":"09:00",
				 "primary":"weekend@carepath.test","escalation":"lead@carepath.test"}"""));
	}

	@Test
	void aSlotWithFieldsLeftOutIsAskedForFieldByFieldAndNothingIsSent() throws Exception {
		services.answerJson(ROSTER, ROSTER_JSON);

		String html = this.mvc
			.perform(post(PAGE + "/slots").with(admin()).param("startDay", "MONDAY").param("startTime", "5 pm"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(services.requests("POST", ROSTER + "/slots")).isEmpty();
		assertThat(html).contains("<title>Error: On-call roster — CarePath Counseling</title>",
				"<a href=\"#slot-start-time\">Starts at: Enter the time the slot starts, like 17:00</a>",
				"<a href=\"#slot-end-day\">Ends on: Choose the day the slot ends</a>", "<a href=\"#slot-end-time\">",
				"<a href=\"#slot-primary\">", "<a href=\"#slot-escalation\">", "id=\"slot-end-day-error\"",
				"aria-invalid=\"true\"", "value=\"5 pm\"",
				"<option value=\"MONDAY\" selected=\"selected\">Monday</option>");
		assertThat(html).doesNotContain("href=\"#slot-start-day\"");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void anOverlappingSlotIsRefusedOnTheSlotFormInWordsWithWhatWasTyped() throws Exception {
		services.answerJson(ROSTER, ROSTER_JSON);
		services.answerProblem("POST", ROSTER + "/slots", 409, """
				{"type":"urn:carepath:problem:slot-overlap","title":"Overlap","status":409}""");

		String html = this.mvc.perform(validSlot())
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<a href=\"#slot-form\">" + RosterErrors.SLOT_OVERLAP + "</a>",
				"id=\"slot-form-error\"", "value=\"weekend@carepath.test\"");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void intakesFieldErrorsAreShownNextToTheFieldsTheyAreAbout() throws Exception {
		services.answerJson(ROSTER, ROSTER_JSON);
		services.answerProblem("POST", ROSTER + "/slots", 400, """
				{"type":"urn:carepath:problem:validation","title":"Invalid","status":400,
				 "errors":[{"field":"primary","message":"must be an email address"},
				           {"field":"endTime","message":"must differ from the start"}]}""");

		String html = this.mvc.perform(validSlot())
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<a href=\"#slot-primary\">Primary contact: must be an email address</a>",
				"<a href=\"#slot-end-time\">Ends at: must differ from the start</a>", "id=\"slot-primary-error\"");
	}

	@Test
	void addingAnExceptionSendsItsLocalDatesAndNote() throws Exception {
		services.answerJson("POST", ROSTER + "/exceptions", 201, "{}");

		this.mvc
			.perform(post(PAGE + "/exceptions").with(admin())
				.param("start", "2026-12-24T17:00")
				.param("end", "2026-12-27 09:00")
				.param("primary", "holiday@carepath.test")
				.param("escalation", "lead@carepath.test")
				.param("note", " Holidays "))
			.andExpect(redirectedUrl(PAGE + "?done=exception-added"));

		assertThat(JsonMapper.shared().readTree(services.requests("POST", ROSTER + "/exceptions").getFirst().body()))
			.isEqualTo(JsonMapper.shared().readTree("""
					{"start":"2026-12-24T17:00","end":"2026-12-27T09:00","primary":"holiday@carepath.test",
					 "escalation":"lead@carepath.test","note":"Holidays"}"""));
	}

	@Test
	void anOverlappingExceptionShowsIntakesReasonOnTheExceptionForm() throws Exception {
		services.answerJson(ROSTER, ROSTER_JSON);
		services.answerProblem("POST", ROSTER + "/exceptions", 409, """
				{"type":"urn:carepath:problem:exception-overlap","title":"Overlap","status":409,
				 "detail":"It overlaps the exception from December 24, 2026 17:00."}""");

		String html = this.mvc
			.perform(post(PAGE + "/exceptions").with(admin())
				.param("start", "2026-12-25T08:00")
				.param("end", "2026-12-26T08:00")
				.param("primary", "holiday@carepath.test")
				.param("escalation", "lead@carepath.test"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains(
				"<a href=\"#exception-form\">It overlaps the exception from December 24, 2026 17:00.</a>",
				"id=\"exception-form-error\"", "value=\"2026-12-25T08:00\"");
		assertThat(html).doesNotContain("id=\"slot-form-error\"");
	}

	@Test
	void anExceptionWithoutDatesIsAskedForAndNothingIsSent() throws Exception {
		services.answerJson(ROSTER, ROSTER_JSON);

		String html = this.mvc
			.perform(post(PAGE + "/exceptions").with(admin()).param("start", "24/12/2026").param("note", "Holidays"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(services.requests("POST", ROSTER + "/exceptions")).isEmpty();
		assertThat(html).contains(
				"<a href=\"#exception-start\">Starts: Enter the date and time the exception starts</a>",
				"<a href=\"#exception-end\">", "<a href=\"#exception-primary\">", "value=\"Holidays\"");
	}

	@Test
	void deletingASlotOrAnExceptionAsksIntakeToDeleteIt() throws Exception {
		services.answerJson("DELETE", ROSTER + "/slots/" + SLOT_ID, 204, "");
		services.answerJson("DELETE", ROSTER + "/exceptions/" + EXCEPTION_ID, 204, "");

		this.mvc.perform(post(PAGE + "/slots/" + SLOT_ID + "/delete").with(admin()))
			.andExpect(redirectedUrl(PAGE + "?done=slot-deleted"));
		this.mvc.perform(post(PAGE + "/exceptions/" + EXCEPTION_ID + "/delete").with(admin()))
			.andExpect(redirectedUrl(PAGE + "?done=exception-deleted"));

		assertThat(services.requests("DELETE", ROSTER + "/slots/" + SLOT_ID)).singleElement()
			.satisfies(request -> assertThat(request.authorization()).isEqualTo("Bearer token"));
		assertThat(services.requests("DELETE", ROSTER + "/exceptions/" + EXCEPTION_ID)).hasSize(1);
	}

	@Test
	void deletingWhatIsAlreadyGoneSaysSoInsteadOfFailing() throws Exception {
		services.answerProblem("DELETE", ROSTER + "/slots/" + SLOT_ID, 404, """
				{"type":"urn:carepath:problem:not-found","title":"Not found","status":404}""");
		services.answerJson(ROSTER, ROSTER_JSON);

		this.mvc.perform(post(PAGE + "/slots/" + SLOT_ID + "/delete").with(admin()))
			.andExpect(redirectedUrl(PAGE + "?done=already-deleted"));
		assertThat(Html.text(page(get(PAGE + "?done=already-deleted"))))
			.contains("That entry had already been deleted.");
		this.mvc.perform(post(PAGE + "/slots/not-an-id/delete").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void changingTheEscalationContactPutsTheAddressAndShowsARefusalNextToIt() throws Exception {
		services.answerJson("PUT", ROSTER + "/escalation-contact", 200, "{\"email\":\"night@carepath.test\"}");

		this.mvc.perform(post(PAGE + "/escalation-contact").with(admin()).param("email", " night@carepath.test"))
			.andExpect(redirectedUrl(PAGE + "?done=contact-changed"));
		assertThat(JsonMapper.shared()
			.readTree(services.requests("PUT", ROSTER + "/escalation-contact").getFirst().body()))
			.isEqualTo(JsonMapper.shared().readTree("{\"email\":\"night@carepath.test\"}"));

		services.answerJson(ROSTER, ROSTER_JSON);
		services.answerProblem("PUT", ROSTER + "/escalation-contact", 400, """
				{"type":"urn:carepath:problem:validation","title":"Invalid","status":400,
				 "errors":[{"field":"email","message":"must be an email address"}]}""");
		String html = this.mvc.perform(post(PAGE + "/escalation-contact").with(admin()).param("email", "night"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains(
				"<a href=\"#escalation-contact-email\">Escalation contact: must be an email address</a>",
				"id=\"escalation-contact-email-error\"", "value=\"night\"");
	}

	@Test
	void anUnreachableIntakeIsTheUnavailablePageNeverAServerError() throws Exception {
		services.dropConnections("/api/intake/on-call/slots");

		this.mvc.perform(validSlot()).andExpect(status().isServiceUnavailable());
	}

	@Test
	void onlyAdminsReachTheRoster() throws Exception {
		this.mvc.perform(get(PAGE).with(signedInAs("intake", "Ian Intake", "staff"))).andExpect(status().isForbidden());
		this.mvc.perform(post(PAGE + "/slots").with(signedInAs("clinician", "Clara", "staff", "clinician")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(PAGE)).andExpect(status().isUnauthorized());
		assertThat(services.requests()).isEmpty();
	}

	private MockHttpServletRequestBuilder validSlot() {
		return post(PAGE + "/slots").with(admin())
			.param("startDay", "FRIDAY")
			.param("startTime", "17:00")
			.param("endDay", "MONDAY")
			.param("endTime", "09:00")
			.param("primary", "weekend@carepath.test")
			.param("escalation", "lead@carepath.test");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
