package org.carepath.portal.screening;

import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.portal.screening.QueuePagesTests.ALERT_ID;
import static org.carepath.portal.screening.QueuePagesTests.CRISIS_ID;
import static org.carepath.portal.screening.QueuePagesTests.intakeStaff;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One screening for staff: crisis state, answers, contact, the workflow and its form. */
class ScreeningDetailPagesTests extends PageTestSupport {

	private static final String DETAIL = "/api/intake/screenings/" + CRISIS_ID;

	private static final String STATUS = DETAIL + "/status";

	/**
	 * A PHQ-9 with item 9 above 0: open alert, in review, contact given, one amendment.
	 */
	static String detail(String status, String alertStatus, String transitions) {
		boolean open = alertStatus.equals("open");
		return """
				{"id":"%s","reference":"CP-CRI5","instrument":"phq-9","version":"1.0.0",
				 "copyright":"PHQ-9: Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues. No permission required to reproduce.",
				 "mode":"self","status":"%s","administeredBy":null,"startedAt":null,"completedAt":"2025-06-10T10:00:00Z",
				 "score":1,"band":"minimal","positive":false,"crisis":true,"openAlert":%s,
				 "instrumentTitle":"PHQ-9 (depression)","maxScore":27,
				 "nextStep":{"code":"urgent-review","text":"A clinician will review your answers today."},
				 "clinicalSummary":"PHQ-9 item 9 positive — same-day clinician review; total 1 of 27 (minimal)",
				 "interpretation":"Your answers suggest few or no symptoms of depression.",
				 "notes":["Item 9 (thoughts of being better off dead or of self-harm) answered \\"Several days\\"."],
				 "respondent":{"sex":"female","ageBand":"18-25"},
				 "items":[{"linkId":"1","text":"Little interest or pleasure in doing things","answer":"LA6568-5","display":"Not at all","points":0},
				          {"linkId":"9","text":"Thoughts that you would be better off dead or of hurting yourself in some way","answer":"LA6569-3","display":"Several days","points":1}],
				 "contact":{"name":"Sam","phone":"555-0100","email":null,"consentToContact":true},
				 "recordVersion":7,"allowedTransitions":%s,
				 "history":[{"from":"new","to":"in-review","by":"intake","at":"2025-06-10T10:30:00Z","note":null}],
				 "briefIntervention":null,"revision":2,
				 "amendments":[{"revision":1,"amendedBy":"clinician","at":"2025-06-10T11:00:00Z","reason":"Answer 1 was entered wrongly"}],
				 "alert":{"id":"%s","status":"%s","raisedAt":"2025-06-10T10:00:00Z","alertedTo":"staff",
				          "seenBy":[{"by":"intake","at":"2025-06-10T10:05:00Z"}],
				          "acknowledgedBy":%s,"acknowledgedAt":%s}}"""
			.formatted(CRISIS_ID, status, open, transitions, ALERT_ID, alertStatus, open ? "null" : "\"clinician\"",
					open ? "null" : "\"2025-06-10T10:20:00Z\"");
	}

	@Test
	void theDetailShowsTheOpenAlertWithAcknowledgeTheAnswersContactHistoryAndCopyright() throws Exception {
		services.answerJson(DETAIL, detail("in-review", "open", "[\"brief-intervention-done\",\"closed\"]"));

		String html = this.mvc.perform(get("/staff/screenings/" + CRISIS_ID).with(intakeStaff()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String main = html.substring(html.indexOf("<main"));
		assertThat(main.indexOf("Crisis alert open: clinician review today")).isPositive()
			.isLessThan(main.indexOf("id=\"result-heading\""));
		assertThat(main).containsPattern("action=\"/staff/alerts/" + ALERT_ID + "/acknowledge\">\\s*"
				+ "<input type=\"hidden\" name=\"_csrf\"[^>]*>\\s*<input type=\"hidden\" name=\"screeningId\" value=\""
				+ CRISIS_ID + "\">");
		String text = words(main);
		assertThat(text).contains("Seen by intake (June 10, 2025, 10:05 AM UTC)", "Alerted staff", "Score 1",
				"Band Minimal", "Suggested next step Clinician review today",
				"Summary PHQ-9 item 9 positive — same-day clinician review; total 1 of 27 (minimal)",
				"Thoughts that you would be better off dead or of hurting yourself in some way Several days 1",
				"Name Sam", "Phone 555-0100", "Consent to contact Yes", "Current status: In review",
				"New → In review intake", "Revision 1 replaced by clinician", "Answer 1 was entered wrongly",
				"No permission required to reproduce", "female, age 18-25");
		assertThat(main).doesNotContain("Email</dt>");
		// Staff read the clinical summary, not the sentence the person read.
		assertThat(text).doesNotContain("A clinician will review your answers today");
		assertThat(main).contains("<label for=\"status-brief-intervention-done\">Record the brief intervention",
				"<label for=\"status-closed\">Close the screening", "<textarea id=\"note\" name=\"note\"",
				"<caption id=\"answers-caption\">", "<caption id=\"history-caption\">",
				"<input type=\"hidden\" name=\"recordVersion\" value=\"7\">");
		assertThat(services.requests("GET", DETAIL).getFirst().headers().getFirst("X-Access-Reason"))
			.isEqualTo(ScreeningsClient.ACCESS_REASON);
		assertThat(services.requests("GET", DETAIL).getFirst().authorization()).isEqualTo("Bearer token");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void theAlertListsItsEmailsToWhomWhyWhenHowTheyWentAndTheLastError() throws Exception {
		services.answerJson(DETAIL, detail("in-review", "acknowledged", "[]").replace("\"alert\":{", """
				"alert":{"notifications":[
				  {"recipient":"oncall@carepath.test","reason":"on-call","status":"sent","attempts":2,
				   "dueAt":"2025-06-10T10:00:00Z","sentAt":"2025-06-10T10:00:40Z","lastError":"421 try again later"},
				  {"recipient":"escalation@carepath.test","reason":"escalation","status":"sent","attempts":1,
				   "dueAt":"2025-06-10T10:15:00Z","sentAt":"2025-06-10T10:15:02Z","lastError":null},
				  {"recipient":"escalation@carepath.test","reason":"escalation-again","status":"cancelled","attempts":0,
				   "dueAt":"2025-06-10T10:30:00Z","sentAt":null,"lastError":null}],"""));

		String html = this.mvc.perform(get("/staff/screenings/" + CRISIS_ID).with(intakeStaff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		int start = html.indexOf("class=\"crisis-banner\"");
		String banner = html.substring(start, html.indexOf("</section>", start));
		assertThat(banner).contains("<caption id=\"notifications-caption\">", "<th scope=\"col\">Last error</th>");
		assertThat(words(banner)).contains(
				"oncall@carepath.test On call Delivered sent June 10, 2025, 10:00 AM UTC 2 421 try again later",
				"escalation@carepath.test Escalation Delivered sent June 10, 2025, 10:15 AM UTC 1 None",
				"escalation@carepath.test Escalation again Cancelled: not sent due June 10, 2025, 10:30 AM UTC 0 None");
		assertThat(banner.indexOf("reason=\"on-call\"")).isLessThan(banner.indexOf("reason=\"escalation\""));
		Html.assertAccessibleLayout(html);
	}

	@Test
	void anAlertNobodyWasEmailedAboutYetSaysSoAndAnIntakeWithoutEmailsShowsNoSuchPart() throws Exception {
		services.answerJson(DETAIL,
				detail("in-review", "open", "[]").replace("\"alert\":{", "\"alert\":{\"notifications\":[],"));

		String html = this.mvc.perform(get("/staff/screenings/" + CRISIS_ID).with(intakeStaff()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("No one has been emailed about this alert yet.")
			.doesNotContain("notifications-caption");

		services.answerJson(DETAIL, detail("in-review", "open", "[]"));
		assertThat(this.mvc.perform(get("/staff/screenings/" + CRISIS_ID).with(intakeStaff()))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("Email notifications");
	}

	@Test
	void anAcknowledgedAlertSaysWhoAndWhenAndOffersNoButton() throws Exception {
		services.answerJson(DETAIL, detail("in-review", "acknowledged", "[]"));

		String html = this.mvc.perform(get("/staff/screenings/" + CRISIS_ID + "?done=acknowledged").with(intakeStaff()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(words(html)).contains("Crisis answer: alert acknowledged",
				"Acknowledged by clinician, June 10, 2025, 10:20 AM UTC", "This screening is finished");
		assertThat(html).contains("role=\"status\">Alert acknowledged.").doesNotContain("/acknowledge\"");
	}

	@Test
	void recordingTheBriefInterventionPostsTheNoteAsTheStaffMemberAndRedirects() throws Exception {
		services.answerJson("POST", STATUS, 200, "{}");

		this.mvc
			.perform(post("/staff/screenings/" + CRISIS_ID + "/status").with(intakeStaff())
				.param("_csrf", "t")
				.param("status", "brief-intervention-done")
				.param("recordVersion", "7")
				.param("note", " Talked it through.\r\nAgreed to call 988 if needed. "))
			.andExpect(redirectedUrl("/staff/screenings/" + CRISIS_ID + "?done=status"));

		var sent = services.requests("POST", STATUS).getFirst();
		assertThat(sent.authorization()).isEqualTo("Bearer token");
		assertThat(JsonMapper.shared().readTree(sent.body())).isEqualTo(JsonMapper.shared()
			.readTree(
					"{\"status\":\"brief-intervention-done\",\"note\":\"Talked it through.\\nAgreed to call 988 if needed.\",\"recordVersion\":7}"));
	}

	@Test
	void aBriefInterventionWithoutANoteIsAskedForAndNothingIsSent() throws Exception {
		services.answerJson(DETAIL, detail("in-review", "open", "[\"brief-intervention-done\",\"closed\"]"));

		String html = this.mvc
			.perform(post("/staff/screenings/" + CRISIS_ID + "/status").with(intakeStaff())
				.param("status", "brief-intervention-done")
				.param("note", "  "))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(services.requests("POST", STATUS)).isEmpty();
		assertThat(html).contains("<title>Error: Screening CP-CRI5 — CarePath Counseling</title>",
				"<a href=\"#note\">Note: Write the brief-intervention note", "id=\"note-error\"",
				"aria-invalid=\"true\"", "value=\"brief-intervention-done\" checked=\"checked\"");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void aTransitionIntakeRefusesShowsItsReasonOnThePage() throws Exception {
		services.answerJson(DETAIL, detail("closed", "acknowledged", "[]"));
		services.answerProblem("POST", STATUS, 409, """
				{"type":"urn:carepath:problem:transition-not-allowed","title":"Not allowed","status":409,
				 "detail":"A closed screening cannot move to in review."}""");

		String html = this.mvc
			.perform(
					post("/staff/screenings/" + CRISIS_ID + "/status").with(intakeStaff()).param("status", "in-review"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<div class=\"notice notice-problem\" role=\"alert\">",
				"A closed screening cannot move to in review.", "Current status: <strong>Closed</strong>");
	}

	@Test
	void aConcurrentChangeSaysSomeoneElseChangedIt() throws Exception {
		services.answerJson(DETAIL, detail("in-review", "open", "[\"brief-intervention-done\",\"closed\"]"));
		services.answerProblem("POST", STATUS, 409, """
				{"type":"urn:carepath:problem:conflict","title":"Conflict","status":409}""");

		String html = this.mvc
			.perform(post("/staff/screenings/" + CRISIS_ID + "/status").with(intakeStaff())
				.param("status", "closed")
				.param("note", "Negative screen, reinforced."))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains(ScreeningController.CONFLICT.substring(0, 40), "Negative screen, reinforced.");
	}

	@Test
	void fieldErrorsFromIntakeAreShownNextToTheNote() throws Exception {
		services.answerJson(DETAIL, detail("in-review", "open", "[\"brief-intervention-done\",\"closed\"]"));
		services.answerProblem("POST", STATUS, 400, """
				{"type":"urn:carepath:problem:validation","title":"Invalid","status":400,
				 "errors":[{"field":"note","message":"is required to close a screening that is in review"}]}""");

		String html = this.mvc
			.perform(post("/staff/screenings/" + CRISIS_ID + "/status").with(intakeStaff()).param("status", "closed"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Note: is required to close a screening that is in review", "id=\"note-error\"");
	}

	/**
	 * The page's text as read aloud, without the spaces tags leave before punctuation.
	 */
	private static String words(String html) {
		return Html.text(html).replace(" ,", ",").replace(" .", ".").replace("( ", "(").replace(" )", ")");
	}

	@Test
	void anUnknownScreeningIsTheNotFoundPage() throws Exception {
		this.mvc.perform(get("/staff/screenings/not-a-uuid").with(intakeStaff())).andExpect(status().isNotFound());
		this.mvc.perform(get("/staff/screenings/" + ALERT_ID).with(intakeStaff())).andExpect(status().isNotFound());
	}

}
