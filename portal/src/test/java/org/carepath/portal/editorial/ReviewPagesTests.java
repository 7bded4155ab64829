package org.carepath.portal.editorial;

import jakarta.servlet.http.Cookie;
import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.portal.EducationFixtures.REVISION_5_HASH;
import static org.carepath.portal.EducationFixtures.REVISION_5_PATH;
import static org.carepath.portal.EducationFixtures.revision5;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A clinical reviewer works the queue: reads what changed, then approves or sends back
 * with comments.
 */
class ReviewPagesTests extends PageTestSupport {

	private static final String CSRF = "7d2e-csrf";

	private static final String APPROVE = "/api/content/articles/ketamine-addiction/revisions/5/approve";

	private static final String SEND_BACK = "/api/content/articles/ketamine-addiction/revisions/5/send-back";

	private static final String REVISION_6_PATH = "/api/content/articles/ketamine-addiction/revisions/6";

	/**
	 * A revision that changes every public part but the summary, author name and body
	 * against the published one.
	 */
	private static final String REVISION_6 = """
			{"slug":"ketamine-addiction","revision":6,"state":"in-review","title":"Ketamine use",
			 "summary":"Signs, tolerance and what treatment looks like.","author":{"name":"Sam Rivera","credentials":"LCSW, MAC"},
			 "topics":["ketamine","treatment"],"body":"## Signs\\n\\nNeeding more.\\n","html":"<h2 id=\\"signs\\">Signs</h2><p>Needing more.</p>",
			 "faq":[{"question":"Is ketamine addictive?","answer":"Not for most people."},
			        {"question":"Can I stop on my own?","answer":"Many people do better with support."}],
			 "relatedInstruments":["dast-10","audit-c"],"resourceIds":["988"],
			 "resources":[{"id":"988","kind":"crisis-line","name":"988 Suicide & Crisis Lifeline","phone":"988"}],
			 "readingMinutes":1,"createdBy":"Erin Editor","createdAt":"2025-06-12T09:00:00Z","submittedAt":"2025-06-12T10:00:00Z",
			 "publishedRevision":4,"publishedBody":"## Signs\\n\\nNeeding more.\\n",
			 "published":{"title":"Ketamine addiction","summary":"Signs, tolerance and what treatment looks like.",
			   "author":{"name":"Sam Rivera","credentials":"LCSW"},"topics":["ketamine","addiction"],
			   "body":"## Signs\\n\\nNeeding more.\\n",
			   "faq":[{"question":"Is ketamine addictive?","answer":"Yes."},{"question":"Is it a benzo?","answer":"No."}],
			   "relatedInstruments":["dast-10"],
			   "resources":[{"id":"smart","kind":"support-group","name":"SMART Recovery"}]},
			 "contentHash":"1c0ffee51c0ffee51c0ffee51c0ffee51c0ffee51c0ffee51c0ffee51c0ffee5"}""";

	@Test
	void theQueueListsRevisionsWaitingOldestFirstWithLinksToReviewThem() throws Exception {
		services.answerJson("/api/content/review-queue",
				"""
						[{"slug":"ketamine-addiction","revision":5,"title":"Ketamine addiction","createdBy":"Erin Editor","submittedAt":"2025-06-10T10:00:00Z"},
						 {"slug":"smart-recovery","revision":2,"title":"SMART Recovery","createdBy":"Eli Editor","submittedAt":"2025-06-11T10:00:00Z"}]""");

		String html = page(get("/staff/review?done=approved"));

		assertThat(html).contains("<p class=\"notice notice-success\" role=\"status\">Approved and published.</p>",
				"2 waiting for review", "<a href=\"/staff/review/ketamine-addiction/5\">Ketamine addiction</a>",
				"Erin Editor", "June 10, 2025, 10:00 AM UTC");
		assertThat(html.indexOf("Ketamine addiction")).isLessThan(html.indexOf("SMART Recovery"));
		assertThat(html).contains("<a href=\"/staff/review\" aria-current=\"page\">Review queue</a>");
		assertThat(services.requests("GET", "/api/content/review-queue").getFirst().authorization())
			.isEqualTo("Bearer token");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void theReviewPageShowsALineDiffAgainstThePublishedRevisionInWordsNotJustColour() throws Exception {
		services.answerJson(REVISION_5_PATH, revision5("in-review"));

		String html = page(get("/staff/review/ketamine-addiction/5").cookie(new Cookie("XSRF-TOKEN", CSRF)));

		assertThat(html).contains("<h1>Review: Ketamine addiction</h1>",
				"Compared with the published revision: 2 lines added, 1 line removed.");
		assertThat(html).containsPattern("<tr class=\"diff-removed\">\\s*<td class=\"diff-kind\">Removed</td>\\s*"
				+ "<td class=\"diff-number\">7</td>\\s*<td class=\"diff-number\"></td>\\s*"
				+ "<td class=\"diff-text\"><del>CBT helps.</del></td>");
		assertThat(html).containsPattern("<tr class=\"diff-added\">\\s*<td class=\"diff-kind\">Added</td>\\s*"
				+ "<td class=\"diff-number\"></td>\\s*<td class=\"diff-number\">7</td>\\s*"
				+ "<td class=\"diff-text\"><ins>CBT and support groups help.</ins></td>");
		assertThat(html).contains("<ins>SMART Recovery meets daily.</ins>", "<span>## Treatment</span>");
		assertThat(html).contains("<h2 id=\"treatment\">Treatment</h2><p>CBT and support groups help.</p>");
		assertThat(html).containsPattern(
				"<form class=\"decision-form\" method=\"post\" action=\"/staff/review/ketamine-addiction/5/approve\">\\s*"
						+ "<input type=\"hidden\" name=\"_csrf\" value=\"" + CSRF + "\">");
		assertThat(html).contains(
				"<button type=\"submit\" class=\"button button-primary\">Approve and publish</button>",
				"<label for=\"comments\">Comments for the editor</label>",
				"<textarea id=\"comments\" name=\"comments\" rows=\"5\" aria-describedby=\"comments-hint\" required=\"required\"></textarea>",
				"action=\"/staff/review/ketamine-addiction/5/send-back\"");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void theReviewPageShowsEveryPublicPartAgainstThePublishedRevision() throws Exception {
		services.answerJson(REVISION_6_PATH, REVISION_6);
		services.answerJson("/api/intake/instruments", """
				[{"id":"audit-c","title":"AUDIT-C","description":"Alcohol use."},
				 {"id":"dast-10","title":"DAST-10","description":"Drug use."}]""");

		String html = page(get("/staff/review/ketamine-addiction/6"));
		String text = Html.text(html);

		assertThat(html).contains("<h2 id=\"changes-heading\">What goes public</h2>");
		assertThat(text).contains("Title Changed", "Published: Ketamine addiction", "This revision: Ketamine use");
		assertThat(text).contains("Summary Unchanged Signs, tolerance and what treatment looks like.");
		assertThat(text).contains("Author Unchanged Sam Rivera", "Author credentials Changed", "Published: LCSW",
				"This revision: LCSW, MAC");
		assertThat(text).contains("Topics Changed", "Unchanged: ketamine", "Added: treatment", "Removed: addiction");
		assertThat(text).contains("Article text Unchanged", "The Markdown is the same as the published revision.");
		// The FAQ, which a reviewer once approved unseen: a changed answer, a new
		// question, a dropped one.
		assertThat(text).contains("Questions and answers Changed",
				"Changed: Is ketamine addictive? Published answer: Yes. Answer in this revision: Not for most people.",
				"Added: Can I stop on my own? Answer: Many people do better with support.",
				"Removed: Is it a benzo? Published answer: No.");
		assertThat(html).contains("<del>Yes.</del>", "<ins>Not for most people.</ins>");
		assertThat(text).contains("Related self-checks Changed", "Unchanged: DAST-10 (dast-10)",
				"Added: AUDIT-C (audit-c)");
		assertThat(text).contains("Support resources Changed", "Added: 988 Suicide &amp; Crisis Lifeline · call 988",
				"Removed: SMART Recovery");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void aSupportResourceWhosePhoneNumberChangedIsShownAsPublishedAndAsItWouldGoPublic() throws Exception {
		services.answerJson(REVISION_6_PATH, REVISION_6.replace("""
				"resources":[{"id":"988","kind":"crisis-line","name":"988 Suicide & Crisis Lifeline","phone":"988"}],
				 "readingMinutes""", """
				"resources":[{"id":"smart","kind":"support-group","name":"SMART Recovery","phone":"555-0100",
				   "url":"https://smartrecovery.org","hours":"Daily","description":"Free mutual-help meetings."}],
				 "readingMinutes""").replace("""
				"resources":[{"id":"smart","kind":"support-group","name":"SMART Recovery"}]}""", """
				"resources":[{"id":"smart","kind":"support-group","name":"SMART Recovery","phone":"555-0199",
				   "url":"https://smartrecovery.org","hours":"Daily","description":"Free mutual-help meetings."}]}"""));

		String text = Html.text(page(get("/staff/review/ketamine-addiction/6")));

		// The approval covers every detail readers see of a resource, so the reviewer is
		// shown every detail: the same resource with a new number is a change.
		assertThat(text).contains("Support resources Changed",
				"Added: SMART Recovery · call 555-0100 · web https://smartrecovery.org · hours Daily · Free mutual-help meetings.",
				"Removed: SMART Recovery · call 555-0199 · web https://smartrecovery.org · hours Daily · Free mutual-help meetings.");
	}

	@Test
	void withoutIntakeSelfChecksAreShownByTheirIds() throws Exception {
		services.answerJson(REVISION_6_PATH, REVISION_6);

		String text = Html.text(page(get("/staff/review/ketamine-addiction/6")));

		assertThat(text).contains("Unchanged: dast-10", "Added: audit-c");
	}

	@Test
	void thePartsOfAFirstVersionAreAllNew() throws Exception {
		services.answerJson(REVISION_6_PATH, REVISION_6.replaceAll("(?s)\"published\":\\{.*?]},", "\"published\":null,")
			.replaceAll("\"publishedBody\":\"[^\"]*\"", "\"publishedBody\":null"));

		String text = Html.text(page(get("/staff/review/ketamine-addiction/6")));

		assertThat(text).contains("Nothing is published yet, so this is the first version: every part below is new.",
				"Title New Ketamine use", "Questions and answers New", "Added: Is ketamine addictive?",
				"Added: dast-10", "Added: 988 Suicide &amp; Crisis Lifeline");
		assertThat(text).doesNotContain("Removed:", "Unchanged:");
	}

	@Test
	void theApprovalSendsTheHashOfWhatThePageShowed() throws Exception {
		services.answerJson(REVISION_5_PATH, revision5("in-review"));
		services.answerJson("POST", APPROVE, 200, revision5("published"));

		String html = page(get("/staff/review/ketamine-addiction/5").cookie(new Cookie("XSRF-TOKEN", CSRF)));
		assertThat(html).containsPattern("<form class=\"decision-form\" method=\"post\" "
				+ "action=\"/staff/review/ketamine-addiction/5/approve\">\\s*"
				+ "<input type=\"hidden\" name=\"_csrf\" value=\"" + CSRF + "\">\\s*"
				+ "<input type=\"hidden\" name=\"contentHash\" value=\"" + REVISION_5_HASH + "\">");

		this.mvc
			.perform(post("/staff/review/ketamine-addiction/5/approve").with(reviewer())
				.param("_csrf", CSRF)
				.param("contentHash", REVISION_5_HASH))
			.andExpect(status().isFound());

		assertThat(JsonMapper.shared().readTree(services.requests("POST", APPROVE).getFirst().body()))
			.isEqualTo(JsonMapper.shared().readTree("{\"contentHash\":\"" + REVISION_5_HASH + "\"}"));
	}

	@Test
	void anApprovedRevisionShowsOnThePublicPageAtItsNextView() throws Exception {
		services.answerJson("/api/content/articles/ketamine-addiction", revision5("published"));
		assertThat(publicTitle()).isEqualTo("Ketamine addiction");
		services.answerJson("/api/content/articles/ketamine-addiction",
				revision5("published").replace("\"title\":\"Ketamine addiction\"", "\"title\":\"Ketamine use\""));
		services.answerJson("POST", APPROVE, 200, revision5("published"));

		this.mvc
			.perform(post("/staff/review/ketamine-addiction/5/approve").with(reviewer())
				.param("_csrf", CSRF)
				.param("contentHash", REVISION_5_HASH))
			.andExpect(status().isFound());

		assertThat(publicTitle()).isEqualTo("Ketamine use");
	}

	private String publicTitle() throws Exception {
		String html = this.mvc.perform(get("/learn/ketamine-addiction")).andReturn().getResponse().getContentAsString();
		int start = html.indexOf("<h1 id=\"article-title\">");
		return Html.text(html.substring(start, html.indexOf("</h1>", start))).strip();
	}

	@Test
	void anApprovalOfSomethingThePageDidNotShowIsRefusedAndTheRevisionShownAsItIsNow() throws Exception {
		services.answerJson(REVISION_5_PATH, revision5("in-review"));
		services.answerProblem("POST", APPROVE, 409, """
				{"type":"urn:carepath:problem:unreviewed-content","title":"Unreviewed content","status":409,
				 "detail":"Revision 5 is not what you were shown."}""");

		String html = this.mvc
			.perform(post("/staff/review/ketamine-addiction/5/approve").with(reviewer())
				.param("contentHash", "0".repeat(64)))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<div class=\"notice notice-problem\" role=\"alert\">", "<h2>Not approved</h2>",
				ReviewController.NOT_WHAT_YOU_SAW, "name=\"contentHash\" value=\"" + REVISION_5_HASH + "\"",
				"<h2 id=\"changes-heading\">What goes public</h2>");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void afterApprovalTheQueueLinksToThePublicPage() throws Exception {
		services.answerJson("/api/content/review-queue", "[]");

		String html = page(get("/staff/review?done=approved&article=ketamine-addiction"));

		assertThat(html).contains("Approved and published.",
				"<a href=\"/learn/ketamine-addiction\">Read the published article as the public sees it</a>");
		Html.assertAccessibleLayout(html);
		assertThat(page(get("/staff/review?done=approved&article=javascript:alert(1)")))
			.doesNotContain("Read the published article", "javascript:");
		assertThat(page(get("/staff/review?done=sent-back&article=ketamine-addiction")))
			.doesNotContain("Read the published article");
	}

	@Test
	void theFirstVersionOfAnArticleShowsEveryLineAsNew() throws Exception {
		services.answerJson(REVISION_5_PATH,
				revision5("in-review").replaceAll("\"publishedBody\":\"[^\"]*\"", "\"publishedBody\":null")
					.replaceAll("(?s)\"published\":\\{.*?]},", "\"published\":null,"));

		String html = page(get("/staff/review/ketamine-addiction/5"));

		assertThat(html).contains("Nothing is published yet, so this is the first version: every line is new.");
		assertThat(Html.count(html, "<tr class=\"diff-added\">")).isEqualTo(8);
	}

	@Test
	void approvingCallsTheServiceAndReturnsToTheQueue() throws Exception {
		services.answerJson("POST", APPROVE, 200, revision5("published"));

		this.mvc
			.perform(post("/staff/review/ketamine-addiction/5/approve").with(reviewer())
				.param("_csrf", CSRF)
				.param("contentHash", REVISION_5_HASH))
			.andExpect(redirectedUrl("/staff/review?done=approved&article=ketamine-addiction"));

		assertThat(services.requests("POST", APPROVE)).singleElement()
			.satisfies(request -> assertThat(request.authorization()).isEqualTo("Bearer token"));
	}

	@Test
	void approvingYourOwnRevisionSaysAnotherReviewerMustApproveIt() throws Exception {
		services.answerJson(REVISION_5_PATH, revision5("in-review"));
		services.answerProblem("POST", APPROVE, 403, """
				{"type":"urn:carepath:problem:self-approval","title":"Self-approval","status":403,
				 "detail":"A reviewer may not approve a revision they wrote: another reviewer must approve it."}""");

		String html = this.mvc.perform(post("/staff/review/ketamine-addiction/5/approve").with(reviewer()))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<div class=\"notice notice-problem\" role=\"alert\">",
				"You wrote this revision — another reviewer must approve it.", "<h1>Review: Ketamine addiction</h1>");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void anotherRefusalOfTheRoleShowsTheNotAllowedPage() throws Exception {
		services.answerProblem("POST", APPROVE, 403, "{\"title\":\"Forbidden\",\"status\":403}");

		String html = this.mvc.perform(post("/staff/review/ketamine-addiction/5/approve").with(reviewer()))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("This page isn't available for your account")
			.doesNotContain("You wrote this revision");
	}

	@Test
	void sendingBackPostsTheCommentsAndReturnsToTheQueue() throws Exception {
		services.answerJson("POST", SEND_BACK, 200, revision5("draft"));

		this.mvc
			.perform(post("/staff/review/ketamine-addiction/5/send-back").with(reviewer())
				.param("_csrf", CSRF)
				.param("comments", " Please cite the figures.\r\nThanks! "))
			.andExpect(redirectedUrl("/staff/review?done=sent-back"));

		var sent = services.requests("POST", SEND_BACK).getFirst();
		assertThat(sent.authorization()).isEqualTo("Bearer token");
		assertThat(JsonMapper.shared().readTree(sent.body()))
			.isEqualTo(JsonMapper.shared().readTree("{\"comments\":\"Please cite the figures.\\nThanks!\"}"));
	}

	@Test
	void sendingBackWithoutCommentsAsksForThemAndCallsNothing() throws Exception {
		services.answerJson(REVISION_5_PATH, revision5("in-review"));

		String html = page(post("/staff/review/ketamine-addiction/5/send-back").param("comments", "  "));

		assertThat(services.requests("POST", SEND_BACK)).isEmpty();
		assertThat(html).contains("<title>Error: Review: Ketamine addiction, revision 5 — CarePath Counseling</title>",
				"<a href=\"#comments\">Comments: Tell the editor what to change before you send it back.</a>",
				"aria-describedby=\"comments-hint comments-error\" aria-invalid=\"true\"");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void aRevisionNoLongerInReviewOffersNoDecision() throws Exception {
		services.answerJson(REVISION_5_PATH, revision5("published"));

		String html = page(get("/staff/review/ketamine-addiction/5"));

		assertThat(html).contains("This revision is published: there is nothing to decide.")
			.doesNotContain("Approve and publish");
	}

	@Test
	void onlyReviewersGetIn() throws Exception {
		this.mvc.perform(get("/staff/review").with(signedInAs("erin", "Erin Editor", "content-editor")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/staff/review/ketamine-addiction/5/approve")
				.with(signedInAs("erin", "Erin Editor", "content-editor")))
			.andExpect(status().isForbidden());

		assertThat(services.requests()).isEmpty();
	}

	@Test
	void anUnknownRevisionIsTheNotFoundPage() throws Exception {
		services.answerProblem("GET", "/api/content/articles/ketamine-addiction/revisions/9", 404,
				"{\"type\":\"urn:carepath:problem:not-found\",\"status\":404}");

		this.mvc.perform(get("/staff/review/ketamine-addiction/9").with(reviewer())).andExpect(status().isNotFound());
	}

	private static JwtRequestPostProcessor reviewer() {
		return signedInAs("morgan", "Dr. Morgan Lee", "content-reviewer");
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request.with(reviewer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
