package org.carepath.portal.screening;

import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.carepath.portal.StubServices;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Intake staff work the queue: open crisis alerts on top, then the screenings, with
 * filters.
 */
class QueuePagesTests extends PageTestSupport {

	static final String CRISIS_ID = "6f1d2c3b-1111-4a5b-9c8d-0123456789ab";

	static final String ALERT_ID = "a1e2f3d4-2222-4a5b-9c8d-0123456789ab";

	private static final String QUEUE = "/api/intake/screenings";

	private static final String ALERTS = "/api/intake/alerts";

	private static final String ACKNOWLEDGE = "/api/intake/alerts/" + ALERT_ID + "/acknowledge";

	static final String ALERT_ROW = """
			{"id":"%s","screeningId":"%s","screeningReference":"CP-CRI5","instrument":"phq-9","status":"%s",
			 "raisedAt":"2025-06-10T10:00:00Z","acknowledgedAt":%s,"acknowledgedBy":%s,"waitingMinutes":125}""";

	private static final String QUEUE_JSON = """
			[{"id":"%s","reference":"CP-CRI5","instrument":"phq-9","instrumentVersion":"1.0.0","mode":"self",
			  "status":"new","band":"minimal","nextStep":"urgent-review","crisis":true,"openAlert":true,
			  "completedAt":"2025-06-10T10:00:00Z","waitingMinutes":125},
			 {"id":"7a2b3c4d-3333-4a5b-9c8d-0123456789ab","reference":"CP-MOD3","instrument":"dast-10","instrumentVersion":"1.0",
			  "mode":"self","status":"in-review","band":"moderate","nextStep":"brief-intervention","crisis":false,
			  "openAlert":false,"completedAt":"2025-06-10T09:00:00Z","waitingMinutes":45}]"""
		.formatted(CRISIS_ID);

	@Test
	void openCrisisAlertsComeFirstThenTheQueueWithWaitingTimeInWords() throws Exception {
		services.answerJson(ALERTS, "[" + ALERT_ROW.formatted(ALERT_ID, CRISIS_ID, "open", "null", "null") + "]");
		services.answerJson(QUEUE, QUEUE_JSON);
		services.answerJson("/api/intake/instruments", "[{\"id\":\"phq-9\",\"title\":\"PHQ-9 (depression)\"}]");

		String html = page(get("/staff/queue"));

		String main = html.substring(html.indexOf("<main"));
		assertThat(main.indexOf("Open crisis alerts (1)")).isPositive().isLessThan(main.indexOf("<table"));
		assertThat(main).containsPattern(
				"action=\"/staff/alerts/" + ALERT_ID + "/acknowledge\">\\s*" + "<input type=\"hidden\" name=\"_csrf\"");
		assertThat(main).contains("aria-label=\"Acknowledge the alert for CP-CRI5\"", "waiting <span>2 h 5 min</span>");
		assertThat(main.indexOf("CP-CRI5", main.indexOf("<table"))).isLessThan(main.indexOf("CP-MOD3"));
		assertThat(main).contains("<a href=\"/staff/screenings/" + CRISIS_ID + "\">CP-CRI5</a>", "Crisis: alert open",
				"Clinician review today", "Brief intervention", "In review", "45 min",
				"<option value=\"phq-9\">PHQ-9 (depression)</option>", "<caption id=\"queue-caption\">");
		assertThat(html).contains("<a href=\"/staff/queue\" aria-current=\"page\">Screening queue</a>",
				"<a href=\"/staff/administer\">Administer</a>");
		assertThat(services.requests("GET", QUEUE).getFirst().authorization()).isEqualTo("Bearer token");
		assertThat(services.requests("GET", ALERTS).getFirst().queryParam("status")).isEqualTo("open");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void anOpenAlertSaysWhoWasLastEmailedAboutItAndHowThatWent() throws Exception {
		String row = ALERT_ROW.formatted(ALERT_ID, CRISIS_ID, "open", "null", "null")
			.replace("\"waitingMinutes\":125", """
					"waitingMinutes":125,"notifications":[
					 {"recipient":"oncall@carepath.test","reason":"on-call","status":"sent","attempts":1,
					  "dueAt":"2025-06-10T10:00:00Z","sentAt":"2025-06-10T10:00:04Z","lastError":null},
					 {"recipient":"escalation@carepath.test","reason":"escalation","status":"failed","attempts":5,
					  "dueAt":"2025-06-10T10:15:00Z","sentAt":null,"lastError":"Connection refused"}]""");
		services.answerJson(ALERTS, "[" + row + "]");
		services.answerJson(QUEUE, QUEUE_JSON);

		String html = page(get("/staff/queue"));

		int item = html.indexOf("class=\"alert-item\"");
		String alert = Html.text(html.substring(item, html.indexOf("</li>", item)));
		assertThat(alert).contains("emailed escalation@carepath.test (Escalation; Failed)")
			.doesNotContain("oncall@carepath.test");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void theFiltersAreAGetFormWhoseChoicesGoToIntake() throws Exception {
		services.answerJson(ALERTS, "[]");
		services.answerJson(QUEUE, "[]");

		String html = page(get("/staff/queue").param("status", "in-review")
			.param("instrument", "dast-10")
			.param("band", "<script>"));

		StubServices.Request request = services.requests("GET", QUEUE).getFirst();
		assertThat(request.queryParam("status")).isEqualTo("in-review");
		assertThat(request.queryParam("instrument")).isEqualTo("dast-10");
		assertThat(request.queryParam("band")).isNull();
		assertThat(html).contains("<form class=\"queue-filters\" method=\"get\" action=\"/staff/queue\">",
				"<option value=\"in-review\" selected=\"selected\">In review</option>",
				"No screening matches these filters.", "No open crisis alerts.", "Clear filters");
	}

	@Test
	void theQueueComesFiftyAPageWithInstrumentNamesTheClinicalSummaryAndWhoAskedToBeContacted() throws Exception {
		services.answerJson(ALERTS, "[]");
		services.answerJson("GET", QUEUE, 200, """
				[{"id":"%s","reference":"CP-CRI5","instrument":"phq-9","instrumentTitle":"PHQ-9 (depression)",
				  "instrumentVersion":"1.0.0","mode":"self","status":"new","band":"minimal","nextStep":"urgent-review",
				  "summary":"PHQ-9 item 9 positive — same-day clinician review; total 1 of 27 (minimal)",
				  "crisis":true,"openAlert":false,"contactRequested":true,"completedAt":"2025-06-10T10:00:00Z",
				  "waitingMinutes":125}]""".formatted(CRISIS_ID), java.util.Map.of("X-Total-Count", "120", "Link",
				"</api/intake/screenings?status=new&page=3&size=50>; rel=\"next\""));

		String html = page(get("/staff/queue").param("status", "new").param("page", "2"));

		StubServices.Request request = services.requests("GET", QUEUE).getFirst();
		assertThat(request.queryParam("page")).isEqualTo("2");
		assertThat(request.queryParam("size")).isEqualTo("50");
		String table = html.substring(html.indexOf("<table"), html.indexOf("</table>"));
		assertThat(table).contains("<td>PHQ-9 (depression)</td>",
				"PHQ-9 item 9 positive — same-day clinician review; total 1 of 27 (minimal)", "Asked to be contacted")
			.doesNotContain("<td>phq-9</td>");
		assertThat(Html.text(html)).contains("120 screenings, page 2 of 3", "Page 2 of 3");
		assertThat(html).contains("<a rel=\"prev\" href=\"/staff/queue?status=new&amp;page=1\">",
				"<a rel=\"next\" href=\"/staff/queue?status=new&amp;page=3\">");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void theStaffMenuLinesUpWithTheContentAndTheFilterControlsAreFullSize() throws Exception {
		// A stylesheet check: the portal's tests have no browser to measure with.
		String css = this.mvc.perform(get("/css/portal.css")).andReturn().getResponse().getContentAsString();

		assertThat(rule(css, ".role-nav ul.container")).contains("margin-left: auto", "margin-right: auto",
				"padding-left: calc(var(--gap) - 0.75rem)");
		String controls = rule(css, ".queue-filters select");
		assertThat(controls).contains("min-height: 44px", "font: inherit", "width: 100%");
	}

	/** The declarations of the rule whose selector list ends with {@code selector}. */
	private static String rule(String css, String selector) {
		int at = css.indexOf(selector + " {");
		assertThat(at).as("a rule for " + selector).isNotNegative();
		return css.substring(at, css.indexOf('}', at));
	}

	@Test
	void acknowledgingCallsIntakeAsTheStaffMemberAndReturnsToTheQueue() throws Exception {
		services.answerJson("POST", ACKNOWLEDGE, 200,
				ALERT_ROW.formatted(ALERT_ID, CRISIS_ID, "acknowledged", "\"2025-06-10T12:05:00Z\"", "\"intake\""));

		this.mvc.perform(post("/staff/alerts/" + ALERT_ID + "/acknowledge").with(intakeStaff()).param("_csrf", "t"))
			.andExpect(redirectedUrl("/staff/queue?done=acknowledged"));

		assertThat(services.requests("POST", ACKNOWLEDGE)).singleElement()
			.satisfies(request -> assertThat(request.authorization()).isEqualTo("Bearer token"));
	}

	@Test
	void acknowledgingFromTheScreeningPageReturnsThereAndAnAlertAlreadyAcknowledgedIsNoError() throws Exception {
		services.answerProblem("POST", ACKNOWLEDGE, 409,
				"""
						{"type":"urn:carepath:problem:conflict","title":"Conflict","status":409,"detail":"Already acknowledged."}""");

		this.mvc
			.perform(post("/staff/alerts/" + ALERT_ID + "/acknowledge").with(intakeStaff())
				.param("screeningId", CRISIS_ID))
			.andExpect(redirectedUrl("/staff/screenings/" + CRISIS_ID + "?done=already-acknowledged"));
	}

	@Test
	void theMessageAfterARedirectComesFromAFixedListAndIsAnnounced() throws Exception {
		services.answerJson(ALERTS, "[]");
		services.answerJson(QUEUE, "[]");

		assertThat(page(get("/staff/queue?done=acknowledged"))).contains("<div aria-live=\"polite\">",
				"<p class=\"notice notice-success\" role=\"status\">Alert acknowledged.");
		assertThat(page(get("/staff/queue?done=<b>hi</b>"))).doesNotContain("notice-success", "hi</b>");
	}

	@Test
	void patientsAndEditorsAreNotLetIntoTheScreeningWork() throws Exception {
		for (String path : new String[] { "/staff/queue", "/staff/screenings/" + CRISIS_ID, "/staff/administer" }) {
			this.mvc.perform(get(path).with(signedInAs("pat", "Pat Patient", "patient")))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(signedInAs("editor", "Erin Editor", "content-editor")))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/staff/alerts/" + ALERT_ID + "/acknowledge").with(signedInAs("pat", "Pat", "patient")))
			.andExpect(status().isForbidden());
		assertThat(services.requests()).isEmpty();
	}

	@Test
	void withoutSignInTheScreeningWorkAsksToSignIn() throws Exception {
		this.mvc.perform(get("/staff/screenings/" + CRISIS_ID)).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/staff/alerts/" + ALERT_ID + "/acknowledge")).andExpect(status().isUnauthorized());
		assertThat(services.requests()).isEmpty();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(intakeStaff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static JwtRequestPostProcessor intakeStaff() {
		return signedInAs("intake", "Ivy Intake", "staff");
	}

}
