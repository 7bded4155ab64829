package org.carepath.portal.editorial;

import jakarta.servlet.http.Cookie;
import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.carepath.portal.StubServices.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.portal.EducationFixtures.RESOURCES;
import static org.carepath.portal.EducationFixtures.REVISIONS;
import static org.carepath.portal.EducationFixtures.REVISIONS_PATH;
import static org.carepath.portal.EducationFixtures.REVISION_5_PATH;
import static org.carepath.portal.EducationFixtures.revision5;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An editor writes an article, previews it, saves drafts and sends one for review. */
class ArticleEditorPagesTests extends PageTestSupport {

	private static final String CSRF = "9c1f-csrf";

	/** Intake's self-checks, as {@code GET /api/intake/instruments} lists them. */
	private static final String INSTRUMENTS = """
			[{"id":"audit-c","title":"AUDIT-C","description":"Alcohol use."},
			 {"id":"dast-10","title":"DAST-10","description":"Drug use."}]""";

	@Test
	void theWorklistShowsEachArticlesLatestRevisionWithAStateBadgeAndANewArticleLink() throws Exception {
		services.answerJson("/api/content/drafts",
				"""
						[{"slug":"ketamine-addiction","title":"Ketamine addiction","revision":5,"state":"in-review","updatedAt":"2025-06-10T09:00:00Z"},
						 {"slug":"smart-recovery","title":"SMART Recovery","revision":1,"state":"draft","createdAt":"2025-06-09T08:00:00Z","updatedAt":"2025-06-09T09:00:00Z"}]""");

		String html = page(get("/staff/content"));

		assertThat(html).contains("<a class=\"button button-primary\" href=\"/staff/content/new\">New article</a>");
		assertThat(html).contains("<a href=\"/staff/content/ketamine-addiction\">Ketamine addiction</a>",
				"<span class=\"badge badge-in-review\">In review</span>",
				"<span class=\"badge badge-draft\">Draft</span>", "June 10, 2025, 9:00 AM UTC",
				"June 9, 2025, 9:00 AM UTC", "href=\"/staff/content/ketamine-addiction/history\"");
		assertThat(html).contains("<a href=\"/staff/content\" aria-current=\"page\">Articles</a>");
		assertThat(services.requests("GET", "/api/content/drafts")).singleElement()
			.satisfies(request -> assertThat(request.authorization()).isEqualTo("Bearer token"));
		Html.assertAccessibleLayout(html);
	}

	@Test
	void theNewArticleFormHasEveryFieldLabelledAndWorksWithoutJavaScript() throws Exception {
		services.answerJson("/api/content/resources", RESOURCES);
		services.answerJson("/api/intake/instruments", INSTRUMENTS);

		String html = page(get("/staff/content/new").cookie(new Cookie("XSRF-TOKEN", CSRF)));

		assertThat(html).contains("<h1>New article</h1>");
		assertThat(html).containsPattern(
				"<form id=\"article-form\" class=\"article-form\" method=\"post\" novalidate tabindex=\"-1\" action=\"/staff/content/new\">\\s*"
						+ "<input type=\"hidden\" name=\"_csrf\" value=\"" + CSRF + "\">");
		for (String field : new String[] { "slug", "title", "summary", "author-name", "author-credentials", "topics",
				"body", "instrument-0", "faq-0-question", "faq-0-answer", "faq-1-question", "faq-1-answer" }) {
			assertThat(html).as(field).contains("<label for=\"" + field + "\"").containsPattern("id=\"" + field + "\"");
		}
		assertThat(html).doesNotContain("faq-2-question");
		assertThat(html).contains("name=\"faq[1].answer\"", "name=\"authorName\"", "name=\"relatedInstruments\"");
		assertThat(html).contains("<input type=\"checkbox\" name=\"resourceIds\" id=\"resource-1\" value=\"smart\">",
				"<label for=\"resource-1\">SMART Recovery</label>");
		assertThat(html).contains(
				"<textarea id=\"body\" name=\"body\" rows=\"20\" aria-describedby=\"body-hint\" required=\"required\"></textarea>");
		assertThat(html).contains(
				"<button type=\"submit\" class=\"button button-secondary\" name=\"action\" value=\"preview\">Preview</button>",
				"<button type=\"submit\" class=\"button button-primary\" name=\"action\" value=\"save\">Save draft</button>");
		// The live preview is an enhancement from a same-origin file; its region is there
		// without it.
		assertThat(html).contains("<script src=\"/js/editor-preview.js\" defer></script>",
				"<div id=\"preview\" data-preview-url=\"/staff/content/preview\">",
				"<p class=\"visually-hidden\" id=\"preview-status\" aria-live=\"polite\"></p>");
		assertThat(header(this.mvc.perform(get("/staff/content/new").with(editor())), HttpHeaders.CACHE_CONTROL))
			.doesNotContain("public");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void savingANewArticleSendsItToTheServiceAsTheEditorAndShowsIt() throws Exception {
		services.answerJson("POST", "/api/content/articles", 201,
				revision5("draft").replace("\"revision\":5", "\"revision\":1"));

		this.mvc
			.perform(post("/staff/content/new").with(editor())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("_csrf", CSRF)
				.param("action", "save")
				.param("slug", " ketamine-addiction ")
				.param("title", "Ketamine addiction")
				.param("summary", "Signs and treatment.")
				.param("authorName", "Sam Rivera")
				.param("authorCredentials", "LCSW")
				.param("topics", "ketamine, addiction,, treatment ")
				.param("body", "## Signs\r\n\r\nNeeding more.\r\n")
				.param("faq[0].question", "Is it addictive?")
				.param("faq[0].answer", "Yes.")
				.param("faq[1].question", "")
				.param("faq[1].answer", "")
				.param("faq[2].question", "Can I stop?")
				.param("faq[2].answer", "With support.")
				.param("relatedInstruments", "dast-10")
				.param("resourceIds", "988", "smart"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/staff/content/ketamine-addiction?done=saved"));

		Request sent = services.requests("POST", "/api/content/articles").getFirst();
		assertThat(sent.authorization()).isEqualTo("Bearer token");
		assertThat(sent.headers().getFirst("Content-Type")).startsWith("application/json");
		JsonNode body = JsonMapper.shared().readTree(sent.body());
		assertThat(body).isEqualTo(JsonMapper.shared()
			.readTree(
					"""
							{"slug":"ketamine-addiction","title":"Ketamine addiction","summary":"Signs and treatment.",
							 "author":{"name":"Sam Rivera","credentials":"LCSW"},"topics":["ketamine","addiction","treatment"],
							 "body":"## Signs\\n\\nNeeding more.\\n",
							 "faq":[{"question":"Is it addictive?","answer":"Yes."},{"question":"Can I stop?","answer":"With support."}],
							 "relatedInstruments":["dast-10"],"resourceIds":["988","smart"]}"""));
	}

	@Test
	void aNewArticlesAuthorIsTheSignedInEditorUntilTheyNameSomeoneElse() throws Exception {
		String form = page(get("/staff/content/new"));

		assertThat(form).contains("<input type=\"text\" id=\"author-name\" name=\"authorName\" value=\"Erin Editor\"");

		services.answerJson("POST", "/api/content/articles", 201, revision5("draft"));
		this.mvc
			.perform(post("/staff/content/new").with(editor())
				.param("action", "save")
				.param("slug", "ketamine-addiction")
				.param("authorName", "Sam Rivera"))
			.andExpect(status().isFound());
		assertThat(JsonMapper.shared()
			.readTree(services.requests("POST", "/api/content/articles").getFirst().body())
			.at("/author/name")
			.asString()).isEqualTo("Sam Rivera");
	}

	@Test
	void relatedSelfChecksAreChosenFromIntakesListNotTypedIn() throws Exception {
		services.answerJson(REVISIONS_PATH, REVISIONS);
		services.answerJson(REVISION_5_PATH,
				revision5("draft").replace("\"relatedInstruments\":[\"dast-10\"],\"resourceIds\"",
						"\"relatedInstruments\":[\"dast-10\",\"cage-aid\"],\"resourceIds\""));
		services.answerJson("/api/intake/instruments", INSTRUMENTS);

		String form = page(get("/staff/content/ketamine-addiction/edit"));

		assertThat(form).doesNotContain("id=\"related-instruments\"");
		assertThat(form).contains(
				"<input type=\"checkbox\" name=\"relatedInstruments\" id=\"instrument-0\" value=\"audit-c\">",
				"<label for=\"instrument-0\">AUDIT-C</label>",
				"<input type=\"checkbox\" name=\"relatedInstruments\" id=\"instrument-1\" value=\"dast-10\" checked=\"checked\">",
				"<label for=\"instrument-1\">DAST-10</label>",
				// One intake no longer lists stays visible, so the editor can untick it.
				"<input type=\"checkbox\" name=\"relatedInstruments\" id=\"instrument-2\" value=\"cage-aid\" checked=\"checked\">",
				"<label for=\"instrument-2\">cage-aid (no longer offered)</label>");
		assertThat(services.requests("GET", "/api/intake/instruments").getFirst().authorization()).isNull();
		Html.assertAccessibleLayout(form);

		services.answerJson("PUT", "/api/content/articles/ketamine-addiction/draft", 201, revision5("draft"));
		this.mvc
			.perform(post("/staff/content/ketamine-addiction/edit").with(editor())
				.param("action", "save")
				.param("title", "Ketamine addiction")
				.param("relatedInstruments", "audit-c", "dast-10"))
			.andExpect(redirectedUrl("/staff/content/ketamine-addiction?done=saved"));
		JsonNode sent = JsonMapper.shared()
			.readTree(services.requests("PUT", "/api/content/articles/ketamine-addiction/draft").getFirst().body());
		assertThat(sent.get("relatedInstruments")).isEqualTo(JsonMapper.shared().readTree("[\"audit-c\",\"dast-10\"]"));
	}

	@Test
	void withoutIntakesListTheArticleKeepsTheSelfChecksItRecommends() throws Exception {
		services.answerJson(REVISIONS_PATH, REVISIONS);
		services.answerJson(REVISION_5_PATH, revision5("draft"));
		services.dropConnections("/api/intake/instruments");

		String form = page(get("/staff/content/ketamine-addiction/edit"));

		assertThat(form).contains("The list of self-checks can't be loaded just now.",
				"<input type=\"hidden\" name=\"relatedInstruments\" value=\"dast-10\">");
		Html.assertAccessibleLayout(form);
	}

	@Test
	void theFullPreviewIsThePublicArticlePageMarkedAsAPreviewBesideTheSubmitButton() throws Exception {
		services.answerJson(REVISIONS_PATH, REVISIONS);
		services.answerJson(REVISION_5_PATH, revision5("draft"));

		String articlePage = page(get("/staff/content/ketamine-addiction"));
		assertThat(articlePage).containsPattern("Submit for review</button>\\s*</form>\\s*</li>\\s*<li><a "
				+ "class=\"button button-secondary\"\\s+href=\"/staff/content/ketamine-addiction/revisions/5/preview\">"
				+ "Full preview\\s+of the public page</a></li>");

		var response = this.mvc
			.perform(get("/staff/content/ketamine-addiction/revisions/5/preview").with(editor())
				.cookie(new Cookie("XSRF-TOKEN", CSRF)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String preview = response.getContentAsString();

		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
		assertThat(response.getHeader("X-Robots-Tag")).isEqualTo("noindex");
		assertThat(preview).contains("<title>Preview: Ketamine addiction, revision 5 — CarePath Counseling</title>",
				"<strong>Preview — not public.</strong>",
				"Revision 5 (Draft) as the public will see it at /learn/ketamine-addiction once a clinical reviewer approves it.");
		assertThat(preview).containsPattern(
				"<form method=\"post\" action=\"/staff/content/ketamine-addiction/revisions/5/submit\">\\s*"
						+ "<input type=\"hidden\" name=\"_csrf\" value=\"" + CSRF + "\">\\s*"
						+ "<button type=\"submit\" class=\"button button-primary\">Submit for review</button>");
		// The public page's own rendering: the same article element, every part of it.
		assertThat(preview).contains("<article class=\"article\" aria-labelledby=\"article-title\">",
				"<h1 id=\"article-title\">Ketamine addiction</h1>",
				"<section class=\"faq\" aria-labelledby=\"faq-heading\">", "<summary>Is ketamine addictive?</summary>",
				"<h3>SMART Recovery</h3>",
				"<a class=\"button button-primary\" href=\"/check/dast-10?from=ketamine-addiction\">Take a confidential self-check</a>",
				"<h2 id=\"treatment\">Treatment</h2><p>CBT and support groups help.</p>");
		// Nobody has approved it yet, whatever the last review said; search engines get
		// no description of it.
		assertThat(Html.text(preview))
			.contains("Clinically reviewed by the reviewer who approves this revision , on the day they approve it.");
		assertThat(preview).doesNotContain("application/ld+json", "not yet clinically reviewed");
		assertThat(services.requests("GET", REVISION_5_PATH).getLast().authorization()).isEqualTo("Bearer token");
		Html.assertAccessibleLayout(preview);

		// Shown to the public, the same content makes the same article, but for the
		// review line.
		services.answerJson("/api/content/articles/ketamine-addiction", revision5("published"));
		String published = this.mvc.perform(get("/learn/ketamine-addiction"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(articleElement(preview)).isEqualTo(articleElement(published));
	}

	/** The page's {@code <article>}, without its reviewed-by line. */
	private static String articleElement(String html) {
		String article = html.substring(html.indexOf("<article"), html.indexOf("</article>"));
		return article.replaceAll("(?s)<p class=\"reviewed\">.*?</p>", "").replaceAll("\\s+", " ");
	}

	@Test
	void thePreviewIsForEditorsOnly() throws Exception {
		String path = "/staff/content/ketamine-addiction/revisions/5/preview";
		this.mvc.perform(get(path).with(signedInAs("rita", "Rita Reviewer", "content-reviewer", "staff")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(path)).andExpect(status().isUnauthorized());

		assertThat(services.requests()).isEmpty();
	}

	@Test
	void fieldErrorsFromTheServiceComeBackNextToTheFieldsWithASummaryLinkingToThem() throws Exception {
		services.answerJson("/api/content/resources", RESOURCES);
		services.answerProblem("POST", "/api/content/articles", 400, """
				{"type":"urn:carepath:problem:validation","title":"Invalid request","status":400,
				 "detail":"Some fields are missing or invalid.",
				 "errors":[{"field":"title","message":"must not be blank"},
				           {"field":"author.name","message":"must not be blank"},
				           {"field":"faq[1].answer","message":"must not be blank"},
				           {"field":"topics[0]","message":"must be 1-40 lower-case letters, digits or hyphens"}]}""");

		String html = page(post("/staff/content/new").param("_csrf", CSRF)
			.param("action", "save")
			.param("slug", "ketamine-addiction")
			.param("title", "")
			.param("topics", "Ketamine!")
			.param("body", "My <b>draft</b> text")
			.param("faq[0].question", "")
			.param("faq[0].answer", "")
			.param("faq[1].question", "First?")
			.param("faq[1].answer", "Yes.")
			.param("faq[2].question", "Second?")
			.param("faq[2].answer", ""));

		assertThat(html).contains("<title>Error: New article — CarePath Counseling</title>");
		assertThat(html).contains(
				"<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus aria-labelledby=\"error-summary-title\">");
		assertThat(html).contains("<a href=\"#title\">Title: must not be blank</a>",
				"<a href=\"#author-name\">Author name: must not be blank</a>",
				"<a href=\"#faq-1-answer\">Question 2 answer: must not be blank</a>",
				"<a href=\"#topics\">Topics: must be 1-40 lower-case letters, digits or hyphens</a>");
		assertThat(html).containsPattern(
				"<p class=\"field-error\" id=\"title-error\">\\s*<span class=\"error-prefix\">Error:</span>\\s*<span>must not be blank</span>");
		assertThat(html).contains(
				"<input type=\"text\" id=\"title\" name=\"title\" value=\"\" aria-describedby=\"title-error\" aria-invalid=\"true\" required=\"required\">");
		assertThat(html).contains(
				"id=\"topics\" name=\"topics\" value=\"Ketamine!\" aria-describedby=\"topics-hint topics-error\" aria-invalid=\"true\"");
		// The blank first row was not sent, so the service's faq[1] is the form's second
		// row: renumbered to match.
		assertThat(html).contains("id=\"faq-0-question\" name=\"faq[0].question\" value=\"First?\"",
				"id=\"faq-1-question\" name=\"faq[1].question\" value=\"Second?\"",
				"<textarea id=\"faq-1-answer\" name=\"faq[1].answer\" rows=\"3\" aria-describedby=\"faq-1-answer-error\" aria-invalid=\"true\">");
		assertThat(html).contains("id=\"faq-3-question\"").doesNotContain("id=\"faq-4-question\"");
		assertThat(html).contains(">My &lt;b&gt;draft&lt;/b&gt; text</textarea>");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void aTakenSlugIsReportedOnTheSlugField() throws Exception {
		services.answerProblem("POST", "/api/content/articles", 409, """
				{"type":"urn:carepath:problem:slug-taken","title":"Slug taken","status":409,
				 "detail":"An article with the slug ketamine-addiction exists."}""");

		String html = page(post("/staff/content/new").param("action", "save").param("slug", "ketamine-addiction"));

		assertThat(html).contains(
				"<a href=\"#slug\">Address (slug): An article with the slug ketamine-addiction exists.</a>",
				"id=\"slug-error\"");
	}

	@Test
	void whenTheServiceIsDownTheEditorKeepsTheirText() throws Exception {
		services.dropConnections("/api/content/articles");

		String html = page(post("/staff/content/new").param("action", "save")
			.param("title", "My title")
			.param("body", "Hours of work"));

		assertThat(html).contains("nothing was saved", "value=\"My title\"", ">Hours of work</textarea>");
	}

	@Test
	void previewShowsTheServicesRenderingBelowTheFormWithoutSaving() throws Exception {
		services.answerJson("POST", "/api/content/preview", 200, """
				{"html":"<h2 id=\\"signs\\">Signs</h2><p>Needing <em>more</em>.</p>","toc":[],"readingMinutes":2}""");

		String html = page(post("/staff/content/new").param("action", "preview")
			.param("title", "Ketamine")
			.param("body", "## Signs\r\n\r\nNeeding *more*."));

		assertThat(JsonMapper.shared().readTree(services.requests("POST", "/api/content/preview").getFirst().body()))
			.isEqualTo(JsonMapper.shared().readTree("{\"body\":\"## Signs\\n\\nNeeding *more*.\"}"));
		assertThat(services.requests("POST", "/api/content/articles")).isEmpty();
		assertThat(html).contains("<h2 id=\"signs\">Signs</h2><p>Needing <em>more</em>.</p>", "About 2 min read",
				"value=\"Ketamine\"");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void theLivePreviewEndpointAnswersTheRenderedFragmentOnly() throws Exception {
		services.answerJson("POST", "/api/content/preview", 200, """
				{"html":"<p>Live <strong>text</strong></p>","toc":[],"readingMinutes":1}""");

		String fragment = this.mvc
			.perform(post("/staff/content/preview").with(editor())
				.header("X-XSRF-TOKEN", CSRF)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("body", "Live **text**"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(fragment.strip()).startsWith("<div class=\"preview-content\">")
			.contains("<p>Live <strong>text</strong></p>")
			.doesNotContain("<html", "<main");
		assertThat(services.requests("POST", "/api/content/preview").getFirst().authorization())
			.isEqualTo("Bearer token");
	}

	@Test
	void editingStartsFromTheLatestRevisionAndSavingMakesANewDraft() throws Exception {
		services.answerJson(REVISIONS_PATH, REVISIONS);
		services.answerJson(REVISION_5_PATH, revision5("draft"));
		services.answerJson("/api/content/resources", RESOURCES);

		String form = page(get("/staff/content/ketamine-addiction/edit"));

		assertThat(form).contains("<h1>New draft of Ketamine addiction</h1>",
				"action=\"/staff/content/ketamine-addiction/edit\"", "value=\"ketamine, addiction\"",
				"value=\"Is ketamine addictive?\"", "id=\"faq-2-question\"",
				"<input type=\"checkbox\" name=\"resourceIds\" id=\"resource-1\" value=\"smart\" checked=\"checked\">");
		assertThat(form).doesNotContain("id=\"slug\"");
		Html.assertAccessibleLayout(form);

		services.answerJson("PUT", "/api/content/articles/ketamine-addiction/draft", 201, revision5("draft"));
		this.mvc
			.perform(post("/staff/content/ketamine-addiction/edit").with(editor())
				.param("action", "save")
				.param("title", "Ketamine addiction")
				.param("summary", "S")
				.param("authorName", "Sam Rivera")
				.param("body", "Text")
				.param("relatedInstruments", ""))
			.andExpect(redirectedUrl("/staff/content/ketamine-addiction?done=saved"));
		Request put = services.requests("PUT", "/api/content/articles/ketamine-addiction/draft").getFirst();
		assertThat(put.authorization()).isEqualTo("Bearer token");
		JsonNode body = JsonMapper.shared().readTree(put.body());
		assertThat(body.has("slug")).isFalse();
		assertThat(body.get("title").asString()).isEqualTo("Ketamine addiction");
		assertThat(body.get("relatedInstruments").isEmpty()).isTrue();
	}

	@Test
	void aDraftCanBeSubmittedForReviewFromTheArticlePage() throws Exception {
		services.answerJson(REVISIONS_PATH, REVISIONS);
		services.answerJson(REVISION_5_PATH, revision5("draft"));

		String html = page(get("/staff/content/ketamine-addiction?done=saved").cookie(new Cookie("XSRF-TOKEN", CSRF)));

		assertThat(html).contains("<p class=\"notice notice-success\" role=\"status\">Your draft is saved.</p>",
				"<span class=\"badge badge-draft\">Draft</span>", "Please cite the tolerance figures.",
				"<h2 id=\"signs\">Signs</h2>", "href=\"/learn/ketamine-addiction\"");
		assertThat(html).containsPattern(
				"<form method=\"post\" action=\"/staff/content/ketamine-addiction/revisions/5/submit\">\\s*"
						+ "<input type=\"hidden\" name=\"_csrf\" value=\"" + CSRF + "\">\\s*"
						+ "<button type=\"submit\" class=\"button button-primary\">Submit for review</button>");
		Html.assertAccessibleLayout(html);

		services.answerJson("POST", "/api/content/articles/ketamine-addiction/revisions/5/submit", 200,
				revision5("in-review"));
		this.mvc
			.perform(post("/staff/content/ketamine-addiction/revisions/5/submit").with(editor()).param("_csrf", CSRF))
			.andExpect(redirectedUrl("/staff/content/ketamine-addiction?done=submitted"));
		assertThat(services.requests("POST", "/api/content/articles/ketamine-addiction/revisions/5/submit"))
			.singleElement()
			.satisfies(request -> assertThat(request.authorization()).isEqualTo("Bearer token"));
	}

	@Test
	void aSubmitTheServiceRefusesShowsItsReason() throws Exception {
		services.answerJson(REVISIONS_PATH, REVISIONS);
		services.answerJson(REVISION_5_PATH, revision5("draft"));
		services.answerProblem("POST", "/api/content/articles/ketamine-addiction/revisions/5/submit", 409, """
				{"type":"urn:carepath:problem:invalid-transition","title":"Invalid transition","status":409,
				 "detail":"Revision 5 is not a draft."}""");

		String html = page(post("/staff/content/ketamine-addiction/revisions/5/submit"));

		assertThat(html).contains("That didn't work", "Revision 5 is not a draft.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/staff/content", "/staff/content/new", "/staff/content/ketamine-addiction",
			"/staff/content/ketamine-addiction/edit" })
	void someoneWhoIsNotAnEditorIsNotAllowedIn(String path) throws Exception {
		String html = this.mvc.perform(get(path).with(signedInAs("rita", "Rita Reviewer", "content-reviewer", "staff")))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("This page isn't available for your account");
		assertThat(services.requests()).isEmpty();
		Html.assertAccessibleLayout(html);
	}

	@Test
	void aPostFromSomeoneWhoIsNotAnEditorIsRefusedBeforeTheServiceIsCalled() throws Exception {
		this.mvc
			.perform(post("/staff/content/new").with(signedInAs("rita", "Rita Reviewer", "content-reviewer"))
				.param("action", "save")
				.param("slug", "x"))
			.andExpect(status().isForbidden());

		assertThat(services.requests()).isEmpty();
	}

	@Test
	void theAccessTokenTheGatewayRelaysIsTheOneTheServiceReceives() throws Exception {
		String token = keycloak.token("erin", java.util.List.of("content-editor"), "carepath-portal");
		services.answerJson("/api/content/drafts", "[]");

		this.mvc.perform(get("/staff/content").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());

		assertThat(services.requests("GET", "/api/content/drafts").getFirst().authorization())
			.isEqualTo("Bearer " + token);
	}

	@Test
	void withoutSignInTheEditorAsksToSignIn() throws Exception {
		this.mvc.perform(get("/staff/content/new")).andExpect(status().isUnauthorized());
	}

	@Test
	void whenTheServiceSaysTheTokenIsNoLongerValidTheEditorIsAskedToSignIn() throws Exception {
		services.answerProblem("GET", "/api/content/drafts", 401, "{\"title\":\"Unauthorized\",\"status\":401}");

		String html = this.mvc.perform(get("/staff/content").with(editor()))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Please sign in", "Signed in as");
	}

	private static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor editor() {
		return signedInAs("erin", "Erin Editor", "content-editor");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String header(org.springframework.test.web.servlet.ResultActions result, String name) {
		return result.andReturn().getResponse().getHeader(name);
	}

}
