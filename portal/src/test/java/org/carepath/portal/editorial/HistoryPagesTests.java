package org.carepath.portal.editorial;

import jakarta.servlet.http.Cookie;
import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.portal.EducationFixtures.REVISIONS;
import static org.carepath.portal.EducationFixtures.REVISIONS_PATH;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An article's revision history, and archiving it after a confirmation page. */
class HistoryPagesTests extends PageTestSupport {

	private static final String HISTORY = "/staff/content/ketamine-addiction/history";

	@Test
	void theHistoryTableSaysWhoDidWhatWhenWithTheReviewersComments() throws Exception {
		services.answerJson(REVISIONS_PATH, REVISIONS);

		String html = page(HISTORY, "erin", "content-editor");

		assertThat(html).contains("<h1>Revision history: Ketamine addiction</h1>",
				"<caption id=\"history-caption\">Every revision, newest first</caption>",
				"<span class=\"badge badge-draft\">Draft</span>",
				"<span class=\"badge badge-published\">Published</span>", "Erin Editor", "Dr. Morgan Lee, MD",
				"June 11, 2025, 8:00 AM UTC", "<td class=\"comments\">Please cite the tolerance figures.</td>");
		assertThat(html.indexOf(">5<")).isLessThan(html.indexOf(">4<"));
		assertThat(html).contains(
				"<a class=\"button button-secondary\" href=\"/staff/content/ketamine-addiction/archive\">Archive article</a>");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void anAdministratorReadsTheHistoryButCannotArchive() throws Exception {
		services.answerJson(REVISIONS_PATH, REVISIONS);

		String html = page(HISTORY, "ada", "admin");

		assertThat(html).contains("Revision history: Ketamine addiction").doesNotContain("Archive article");
	}

	@Test
	void aReviewerIsLedFromTheHistoryToARevisionInReview() throws Exception {
		services.answerJson(REVISIONS_PATH, REVISIONS.replace("\"state\":\"draft\"", "\"state\":\"in-review\""));

		assertThat(page(HISTORY, "morgan", "content-reviewer")).contains(
				"href=\"/staff/review/ketamine-addiction/5\">Review<span class=\"visually-hidden\"> revision 5</span></a>");
	}

	@Test
	void archivingAsksForConfirmationOnItsOwnPageThenCallsTheService() throws Exception {
		services.answerJson(REVISIONS_PATH, REVISIONS);

		String confirm = this.mvc
			.perform(get("/staff/content/ketamine-addiction/archive")
				.with(signedInAs("erin", "Erin Editor", "content-editor"))
				.cookie(new Cookie("XSRF-TOKEN", "a1-csrf")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(confirm).contains("<h1>Archive “Ketamine addiction”?</h1>",
				"<form method=\"post\" action=\"/staff/content/ketamine-addiction/archive\">",
				"<input type=\"hidden\" name=\"_csrf\" value=\"a1-csrf\">",
				"<button type=\"submit\" class=\"button button-danger\">Yes, archive this article</button>");
		assertThat(services.requests("POST", "/api/content/articles/ketamine-addiction/archive")).isEmpty();
		Html.assertAccessibleLayout(confirm);

		services.answerJson("POST", "/api/content/articles/ketamine-addiction/archive", 200,
				"{\"slug\":\"ketamine-addiction\"}");
		this.mvc
			.perform(post("/staff/content/ketamine-addiction/archive")
				.with(signedInAs("morgan", "Dr. Morgan Lee", "content-reviewer"))
				.param("_csrf", "a1-csrf"))
			.andExpect(redirectedUrl("/staff/content/ketamine-addiction/history?done=archived"));
		assertThat(services.requests("POST", "/api/content/articles/ketamine-addiction/archive")).singleElement()
			.satisfies(request -> assertThat(request.authorization()).isEqualTo("Bearer token"));
	}

	@Test
	void archivingWhatTheServiceRefusesShowsItsReason() throws Exception {
		services.answerProblem("POST", "/api/content/articles/ketamine-addiction/archive", 409,
				"""
						{"type":"urn:carepath:problem:invalid-transition","status":409,"detail":"The article is already archived."}""");

		String html = this.mvc
			.perform(post("/staff/content/ketamine-addiction/archive")
				.with(signedInAs("erin", "Erin Editor", "content-editor")))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<h1>That didn't work</h1>", "The article is already archived.", "Signed in as");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void whenTheServiceIsDownTheHistorySaysTemporarilyUnavailable() throws Exception {
		services.dropConnections(REVISIONS_PATH);

		String html = this.mvc.perform(get(HISTORY).with(signedInAs("erin", "Erin Editor", "content-editor")))
			.andExpect(status().isServiceUnavailable())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("temporarily unavailable");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void intakeStaffSeeNeitherHistoryNorArchive() throws Exception {
		this.mvc.perform(get(HISTORY).with(signedInAs("ian", "Ian Intake", "staff"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/staff/content/ketamine-addiction/archive").with(signedInAs("ada", "Ada Admin", "admin")))
			.andExpect(status().isForbidden());

		assertThat(services.requests()).isEmpty();
	}

	private String page(String path, String username, String role) throws Exception {
		return this.mvc.perform(get(path).with(signedInAs(username, username, role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
