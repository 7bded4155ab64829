package org.carepath.portal.dashboard;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.carepath.portal.StubServices;
import org.carepath.support.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The clinic dashboard against stubbed aggregate endpoints (contract 4): charts and
 * tables from the answers, CSV downloads with small cells suppressed, a service down
 * leaving the rest standing, and who may see it.
 */
class DashboardPagesTests extends PageTestSupport {

	private static final String INTAKE = "/api/intake/stats";

	private static final String REFERRALS = "/api/referrals/stats";

	private static final String CONTENT = "/api/content/stats";

	private static final String PERIOD = "?from=2026-09-14&to=2026-10-04";

	static final String INTAKE_JSON = """
			{"from":"2026-09-14","to":"2026-10-04","timeZone":"UTC",
			 "screeningsByWeek":[{"week":"2026-09-14","instrument":"audit-c","band":"negative","count":12},
			   {"week":"2026-09-14","instrument":"audit-c","band":"positive","count":3},
			   {"week":"2026-09-28","instrument":"audit-c","band":"positive","count":25},
			   {"week":"2026-09-21","instrument":"phq-9","band":"severe","count":11},
			   {"week":"2026-09-21","instrument":"phq-9","band":"minimal","count":2}],
			 "positive":[{"instrument":"audit-c","screened":40,"positive":28},
			   {"instrument":"phq-9","screened":13,"positive":11}],
			 "funnel":{"screened":53,"positive":39,"briefIntervention":14,"referred":9,"accepted":5,"completed":0},
			 "alertsByWeek":[{"week":"2026-09-21","alerts":2}],
			 "acknowledgement":{"alerts":2,"acknowledged":2,"medianMinutes":61.0,"p90Minutes":80.0,
			   "byHour":[{"hour":23,"alerts":2,"acknowledged":2,"medianMinutes":61.0,"p90Minutes":80.0}]}}""";

	static final String REFERRALS_JSON = """
			{"from":"2026-09-14","to":"2026-10-04","programs":[{"programId":"harbor","name":"Harbor Recovery",
			 "referrals":20,"answered":16,"accepted":12,"acceptanceRate":0.75,"firstAnswerMedianHours":5.2,
			 "firstAnswerP90Hours":20.0,"completed":3,"completionMedianDays":30.5}]}""";

	static final String CONTENT_JSON = """
			{"from":"2026-09-14","to":"2026-10-04",
			 "viewsByWeek":[{"week":"2026-09-14","views":120,"checksStarted":7},{"week":"2026-09-28","views":30,"checksStarted":11}],
			 "articles":[{"slug":"alcohol","title":"=Alcohol and you","views":4,"checksStarted":0},
			   {"slug":"ketamine-addiction","title":"Ketamine addiction","views":146,"checksStarted":18}]}""";

	private void answerAll() {
		services.answerJson(INTAKE, INTAKE_JSON);
		services.answerJson(REFERRALS, REFERRALS_JSON);
		services.answerJson(CONTENT, CONTENT_JSON);
	}

	@Test
	void everySectionHasAnAccessibleSvgChartBesideItsTableAndACsvLink() throws Exception {
		answerAll();

		String html = page("/staff/dashboard" + PERIOD, staff());

		Html.assertAccessibleLayout(html);
		assertThat(html).contains("<h1>Clinic dashboard</h1>",
				"<a href=\"/staff/dashboard\" aria-current=\"page\">Dashboard</a>");
		for (String part : List.of("screenings", "funnel", "alerts", "referrals", "education")) {
			assertThat(html).contains(
					"<section class=\"dashboard-part\" id=\"" + part + "\" aria-labelledby=\"" + part + "-heading\">");
		}
		for (String figure : List.of("screenings-audit-c", "screenings-phq-9", "positive", "funnel", "alerts",
				"acknowledgement", "referrals", "views", "articles")) {
			String block = figure(html, figure);
			assertThat(block).as(figure).containsPattern("<svg class=\"chart-svg\"[^>]*role=\"img\"");
			assertThat(block).as(figure).containsPattern("<title id=\"[a-z0-9.-]+-title\">[^<]+</title>");
			assertThat(block).as(figure).containsPattern("<desc id=\"[a-z0-9.-]+-desc\">[^<]+</desc>");
			assertThat(block).as(figure)
				.contains("<table class=\"data-table dashboard-table\">",
						"href=\"/staff/dashboard/" + figure + ".csv?from=2026-09-14&amp;to=2026-10-04\" download");
		}
		assertThat(Html.count(html, "<svg class=\"chart-svg\"")).as("a chart each, three for referrals, two for views")
			.isEqualTo(12);
		assertThat(Html.text(html)).contains("Showing September 14, 2026 to October 4, 2026",
				"2 crisis alerts, 2 acknowledged; time to acknowledge: median 61 min, 90th percentile 80 min.",
				"20 referrals in this period.", "150 article page views and 18 self-checks started from an article.");
		// The services were asked for this period, as the staff member
		for (String path : List.of(INTAKE, REFERRALS, CONTENT)) {
			StubServices.Request request = services.requests("GET", path).getFirst();
			assertThat(request.queryParam("from")).isEqualTo("2026-09-14");
			assertThat(request.queryParam("to")).isEqualTo("2026-10-04");
			assertThat(request.authorization()).isEqualTo("Bearer token");
		}
	}

	@Test
	void screeningsAreStackedByBandFromMildToSevereWithExactFiguresOnTheScreen() throws Exception {
		answerAll();

		String html = page("/staff/dashboard" + PERIOD, staff());

		String audit = figure(html, "screenings-audit-c");
		assertThat(tableRows(audit)).containsExactly(
				List.of("Week of", "Below the cut-off", "At or above the cut-off", "Total"),
				List.of("2026-09-14", "12", "3", "15"), List.of("2026-09-21", "0", "0", "0"),
				List.of("2026-09-28", "0", "25", "25"));
		// the negative band at the bottom (light), the positive one on it (patterned
		// dark)
		assertThat(audit).contains("<rect x=\"92.0\" y=\"144.0\" width=\"149.33\" height=\"80.0\" fill=\"#d4e8ec\">",
				"<rect x=\"92.0\" y=\"124.0\" width=\"149.33\" height=\"20.0\" fill=\"url(#pattern-fill-5)\">");
		assertThat(tableRows(figure(html, "screenings-phq-9")).getFirst()).containsExactly("Week of", "Minimal",
				"Severe", "Total");
		assertThat(html).contains("<pattern id=\"pattern-fill-5\"");
		assertThat(tableRows(figure(html, "positive"))).containsExactly(
				List.of("Instrument", "Screened", "Positive", "Share positive (%)"),
				List.of("AUDIT-C", "40", "28", "70.0"), List.of("PHQ-9", "13", "11", "84.6"));
	}

	@Test
	void theCsvHasTheTableRowsWithCountsUnderElevenSuppressedWhichTheScreenShowsExactly() throws Exception {
		answerAll();
		String html = page("/staff/dashboard" + PERIOD, staff());

		for (String figure : List.of("screenings-audit-c", "positive", "funnel", "alerts", "acknowledgement",
				"referrals", "views", "articles")) {
			List<List<String>> table = tableRows(figure(html, figure));
			List<List<String>> csv = csvRows(csv("/staff/dashboard/" + figure + ".csv" + PERIOD));
			assertThat(csv).as(figure).hasSameSizeAs(table);
			for (int r = 0; r < table.size(); r++) {
				assertThat(csv.get(r)).as(figure + " row " + r).hasSameSizeAs(table.get(r));
				for (int c = 0; c < table.get(r).size(); c++) {
					String screen = table.get(r).get(c);
					String exported = csv.get(r).get(c);
					assertThat(exported).as(figure + " " + r + "," + c)
						.isIn(screen, "<11", "n<11", screen.equals("–") ? "" : screen, "'" + screen);
				}
			}
		}
		String funnel = csv("/staff/dashboard/funnel.csv" + PERIOD);
		assertThat(funnel).isEqualTo("Step,Screenings,Share of screened (%)\r\n" + "Screened,53,100.0\r\n"
				+ "Positive,39,73.6\r\n" + "Brief intervention done,14,26.4\r\n" + "Referred,<11,n<11\r\n"
				+ "Accepted by the partner,<11,n<11\r\n" + "Treatment completed,0,0.0\r\n");
		assertThat(tableRows(figure(html, "funnel"))).contains(List.of("Referred", "9", "17.0"),
				List.of("Accepted by the partner", "5", "9.4"));
		assertThat(csv("/staff/dashboard/screenings-audit-c.csv" + PERIOD))
			.isEqualTo("Week of,Below the cut-off,At or above the cut-off,Total\r\n" + "2026-09-14,12,<11,15\r\n"
					+ "2026-09-21,0,0,0\r\n" + "2026-09-28,0,25,25\r\n");
		assertThat(csv("/staff/dashboard/referrals.csv" + PERIOD))
			.endsWith("Harbor Recovery,20,16,12,75.0,5.2,20.0,<11,n<11\r\n");
		assertThat(csv("/staff/dashboard/articles.csv" + PERIOD)).isEqualTo("Article,Page views,Self-checks started\r\n"
				+ "Ketamine addiction,146,18\r\n" + "'=Alcohol and you,<11,0\r\n");
		assertThat(csv("/staff/dashboard/acknowledgement.csv" + PERIOD)).contains("\r\n00:00–00:59,0,0,,\r\n",
				"\r\n23:00–23:59,<11,<11,n<11,n<11\r\n", "\r\nAll hours,<11,<11,n<11,n<11\r\n");
		assertThat(tableRows(figure(html, "acknowledgement")))
			.contains(List.of("23:00–23:59", "2", "2", "61.0", "80.0"), List.of("00:00–00:59", "0", "0", "–", "–"));
	}

	@Test
	void aCsvIsATextCsvAttachmentNamedForItsFigureAndPeriodAskingOnlyItsService() throws Exception {
		answerAll();

		MvcResult result = this.mvc.perform(get("/staff/dashboard/referrals.csv" + PERIOD).with(staff()))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"carepath-referrals-2026-09-14-to-2026-10-04.csv\"");
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
		assertThat(services.requests()).extracting(StubServices.Request::path).containsExactly(REFERRALS);
		this.mvc.perform(get("/staff/dashboard/payroll.csv" + PERIOD).with(staff())).andExpect(status().isNotFound());
		this.mvc.perform(get("/staff/dashboard/screenings-dast-10.csv" + PERIOD).with(staff()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aServiceThatCannotAnswerLeavesItsSectionSayingSoAndTheRestRenders() throws Exception {
		services.answerJson(INTAKE, INTAKE_JSON);
		services.answerStatus(REFERRALS, 503);
		services.dropConnections(CONTENT);

		String html = page("/staff/dashboard" + PERIOD, staff());

		String referrals = section(html, "referrals");
		assertThat(referrals).contains("temporarily unavailable").doesNotContain("<svg", "<table");
		assertThat(section(html, "education")).contains("temporarily unavailable").doesNotContain("<svg");
		assertThat(section(html, "funnel")).contains("<svg class=\"chart-svg\"", "<table");
		Html.assertAccessibleLayout(html);

		this.mvc.perform(get("/staff/dashboard/views.csv" + PERIOD).with(staff()))
			.andExpect(status().isServiceUnavailable());
	}

	@Test
	void withoutAPeriodItShowsTheTwelveCompleteWeeksBeforeThisOne() throws Exception {
		answerAll();

		page("/staff/dashboard", staff());

		LocalDate lastSunday = ReportingPeriod.weekOf(LocalDate.now(ZoneOffset.UTC)).minusDays(1);
		StubServices.Request request = services.requests("GET", INTAKE).getFirst();
		assertThat(request.queryParam("to")).isEqualTo(lastSunday.toString());
		assertThat(request.queryParam("from")).isEqualTo(lastSunday.minusWeeks(12).plusDays(1).toString());
	}

	@Test
	void aPeriodThatIsNotOneIsSaidOnThePageWith400AndNoServiceIsAsked() throws Exception {
		for (String query : List.of("?from=2026-13-01&to=2026-10-04", "?from=2026-10-05&to=2026-10-04",
				"?from=2020-01-01&to=2026-10-04", "?from=%3Cscript%3E")) {
			String html = this.mvc.perform(get("/staff/dashboard" + query).with(staff()))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(query)
				.contains("<p class=\"notice notice-problem\" id=\"period-error\" role=\"alert\">",
						"aria-invalid=\"true\"")
				.doesNotContain("<script>", "<svg class=\"chart-svg\"");
			Html.assertAccessibleLayout(html);
		}
		String csv = this.mvc.perform(get("/staff/dashboard/funnel.csv?from=2026-10-05&to=2026-10-04").with(staff()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains("The end date must not be before the start date.");
		assertThat(services.requests()).isEmpty();
	}

	@Test
	void staffAndAdminsMaySeeItPatientsAndEditorsMayNotAndAnonymousVisitorsAreAskedToSignIn() throws Exception {
		answerAll();
		page("/staff/dashboard" + PERIOD, staff());
		page("/staff/dashboard" + PERIOD, signedInAs("admin", "Ada Admin", "admin"));
		page("/staff/dashboard" + PERIOD, signedInAs("admin", "Ada Admin", "admin", "staff"));
		services.reset();

		for (String path : List.of("/staff/dashboard", "/staff/dashboard/funnel.csv")) {
			this.mvc.perform(get(path).with(signedInAs("pat", "Pat Patient", "patient")))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(signedInAs("editor", "Erin Editor", "content-editor")))
				.andExpect(status().isForbidden());
			assertThat(this.mvc.perform(get(path))
				.andExpect(status().isUnauthorized())
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("Please sign in");
		}
		assertThat(services.requests()).isEmpty();
	}

	@Test
	void theStaffMenuAndTheStaffHomeLeadToTheDashboard() throws Exception {
		String home = page("/staff", signedInAs("admin", "Ada Admin", "admin", "staff"));

		assertThat(Html.count(home, "href=\"/staff/dashboard\"")).as("the menu and one card").isEqualTo(2);
	}

	@Test
	void thePrintStylesheetKeepsTheTablesAndDropsTheMenusAndTheForm() throws Exception {
		String css = this.mvc.perform(get("/css/portal.css")).andReturn().getResponse().getContentAsString();

		String print = css.substring(css.indexOf("@media print {"));
		assertThat(print).contains(".period-form", ".role-nav", ".csv-link", "overflow: visible")
			.doesNotContain("table {\n    display: none", ".dashboard-table {\n    display: none");
	}

	private String page(String path, JwtRequestPostProcessor user) throws Exception {
		return this.mvc.perform(get(path).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String csv(String path) throws Exception {
		return this.mvc.perform(get(path).with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static JwtRequestPostProcessor staff() {
		return signedInAs("intake", "Ivy Intake", "staff");
	}

	/** The markup of one figure: from its block to the next figure or section. */
	private static String figure(String html, String id) {
		int start = html.indexOf("id=\"figure-" + id + "\"");
		assertThat(start).as("figure " + id).isNotNegative();
		int next = html.indexOf("class=\"dashboard-figure\"", start + 1);
		int section = html.indexOf("</section>", start);
		return html.substring(start, (next < 0 || section < next) ? section : next);
	}

	private static String section(String html, String id) {
		int start = html.indexOf("<section class=\"dashboard-part\" id=\"" + id + "\"");
		assertThat(start).as("section " + id).isNotNegative();
		return html.substring(start, html.indexOf("</section>", start));
	}

	/** A table's heading row and body rows, each cell's text. */
	private static List<List<String>> tableRows(String html) {
		String table = html.substring(html.indexOf("<table"), html.indexOf("</table>"));
		List<List<String>> rows = new ArrayList<>();
		Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table);
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
			while (cell.find()) {
				cells.add(cell.group(1).strip().replace("&amp;", "&").replace("&lt;", "<"));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** A CSV without quoted fields, split into rows and cells. */
	private static List<List<String>> csvRows(String csv) {
		return csv.lines().map(line -> List.of(line.split(",", -1))).toList();
	}

}
