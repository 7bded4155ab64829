package org.carepath.portal.learn;

import java.util.List;

import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.portal.EducationFixtures.ARTICLE_PATH;
import static org.carepath.portal.EducationFixtures.KETAMINE_ARTICLE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One education article at {@code /learn/{slug}}, as a reader and a search engine see it.
 */
class ArticlePageTests extends PageTestSupport {

	@Test
	void showsTheArticleWithItsAuthorReadingTimeAndReviewedByLine() throws Exception {
		services.answerJson(ARTICLE_PATH, KETAMINE_ARTICLE);

		String html = article();
		String text = Html.text(html);

		assertThat(html).contains("<article class=\"article\" aria-labelledby=\"article-title\">",
				"<h1 id=\"article-title\">Ketamine addiction</h1>");
		assertThat(text).contains("By Sam Rivera, LCSW, MAC · 7 min read",
				"Clinically reviewed by Dr. Morgan Lee, MD on June 3, 2025");
		assertThat(html).contains("<time datetime=\"2025-06-03\">June 3, 2025</time>");
		assertThat(html)
			.contains("<h2 id=\"signs\">Signs of ketamine addiction</h2><p>Needing more to feel the same.</p>");
		assertThat(html).contains("<title>Ketamine addiction — Learn — CarePath Counseling</title>",
				"<meta name=\"description\" content=\"Signs, tolerance and what treatment looks like.\">");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void anArticleNotYetReviewedInCarePathSaysSoAndClaimsNoReviewer() throws Exception {
		services.answerJson(ARTICLE_PATH,
				KETAMINE_ARTICLE.replace(
						"\"reviewedBy\":\"Dr. Morgan Lee, MD\",\"reviewedAt\":\"2025-06-03T15:00:00Z\"",
						"\"reviewedBy\":null,\"reviewedAt\":null"));

		String html = article();

		assertThat(Html.text(html)).doesNotContain("Clinically reviewed by")
			.contains("not yet clinically reviewed in CarePath");
		assertThat(html).doesNotContain("\"reviewedBy\"", "\"lastReviewed\"");
	}

	@Test
	void theTableOfContentsLinksToTheHeadingsNestedByLevel() throws Exception {
		services.answerJson(ARTICLE_PATH, KETAMINE_ARTICLE);

		String toc = between(article(), "<nav class=\"toc\" aria-label=\"On this page\">", "</nav>");

		assertThat(toc.replaceAll("\\s+", ""))
			.isEqualTo(("<h2>Onthispage</h2><ol><li><ahref=\"#signs\">Signsofketamineaddiction</a>"
					+ "<ol><li><ahref=\"#tolerance\">Tolerance</a></li></ol></li>"
					+ "<li><ahref=\"#treatment\">Treatment</a></li></ol>"));
	}

	@Test
	void theQuestionsAreDisclosureWidgetsInTheirOwnSection() throws Exception {
		services.answerJson(ARTICLE_PATH, KETAMINE_ARTICLE);

		String faq = between(article(), "<section class=\"faq\" aria-labelledby=\"faq-heading\">", "</section>");

		assertThat(faq).contains("<h2 id=\"faq-heading\">Frequently asked questions</h2>");
		assertThat(faq).containsPattern("<details>\\s*<summary>Is ketamine addictive\\?</summary>\\s*"
				+ "<p class=\"faq-answer\">Yes. Psychological dependence is common.</p>\\s*</details>");
		assertThat(Html.count(faq, "<details>")).isEqualTo(2);
	}

	@Test
	void resourcesPutCrisisLinesFirstWithLinksAPhoneCanDial() throws Exception {
		services.answerJson(ARTICLE_PATH, KETAMINE_ARTICLE);

		String resources = between(article(), "<section class=\"resources\" aria-labelledby=\"resources-heading\">",
				"</section>");

		assertThat(resources.indexOf("988 Suicide &amp; Crisis Lifeline")).isLessThan(resources.indexOf("SAMHSA"));
		assertThat(resources.indexOf("SAMHSA")).isLessThan(resources.indexOf("SMART Recovery"));
		assertThat(resources).contains("<li class=\"resource resource-crisis\">",
				"<a class=\"button button-secondary\" href=\"tel:988\">Call 988</a>",
				"<a class=\"button button-secondary\" href=\"sms:988\">Text 988</a>",
				"<a class=\"button button-secondary\" href=\"tel:18006624357\">Call 1-800-662-4357</a>",
				"<a href=\"https://www.smartrecovery.org/\">SMART Recovery website</a>", "Meetings daily",
				"Science-based mutual help.");
		// A resource address that is not http(s) never becomes a link.
		assertThat(resources).doesNotContain("javascript:", "SAMHSA National Helpline website");
	}

	@Test
	void aPhoneNumberWithLettersDialsTheirKeypadDigits() {
		SupportResource samhsa = new SupportResource("samhsa", "helpline", "SAMHSA", "1-800-662-HELP (4357)",
				"+1 (555) 0100", "ftp://example.org", null, null);

		assertThat(samhsa.telHref()).isEqualTo("tel:18006624357");
		assertThat(samhsa.smsHref()).isEqualTo("sms:+15550100");
		assertThat(new SupportResource(null, null, null, "(800) 662-HELP", null, null, null, null).telHref())
			.isEqualTo("tel:8006624357");
		assertThat(samhsa.webHref()).isNull();
	}

	@Test
	void offersTheRelatedConfidentialSelfCheck() throws Exception {
		services.answerJson(ARTICLE_PATH, KETAMINE_ARTICLE);

		assertThat(article()).contains(
				"<a class=\"button button-primary\" href=\"/check/dast-10?from=ketamine-addiction\">Take a confidential self-check</a>");
	}

	@Test
	void describesItselfToSearchEnginesAsAMedicalWebPageAndAnFaqPage() throws Exception {
		services.answerJson(ARTICLE_PATH, KETAMINE_ARTICLE);

		List<String> blocks = Html.jsonLdBlocks(article());

		assertThat(blocks).hasSize(2);
		JsonNode page = JsonMapper.shared().readTree(blocks.get(0));
		assertThat(page.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(page.get("@type").asString()).isEqualTo("MedicalWebPage");
		assertThat(page.get("name").asString()).isEqualTo("Ketamine addiction");
		assertThat(page.get("description").asString()).isEqualTo("Signs, tolerance and what treatment looks like.");
		assertThat(page.at("/author/@type").asString()).isEqualTo("Person");
		assertThat(page.at("/author/name").asString()).isEqualTo("Sam Rivera");
		assertThat(page.at("/author/hasCredential/name").asString()).isEqualTo("LCSW, MAC");
		assertThat(page.at("/reviewedBy/name").asString()).isEqualTo("Dr. Morgan Lee, MD");
		assertThat(page.get("lastReviewed").asString()).isEqualTo("2025-06-03");
		assertThat(page.get("keywords").asString()).isEqualTo("ketamine, addiction, treatment");
		assertThat(page.at("/about/0/name").asString()).isEqualTo("ketamine");
		JsonNode faq = JsonMapper.shared().readTree(blocks.get(1));
		assertThat(faq.get("@type").asString()).isEqualTo("FAQPage");
		assertThat(faq.at("/mainEntity/0/@type").asString()).isEqualTo("Question");
		assertThat(faq.at("/mainEntity/0/name").asString()).isEqualTo("Is ketamine addictive?");
		assertThat(faq.at("/mainEntity/0/acceptedAnswer/@type").asString()).isEqualTo("Answer");
		assertThat(faq.at("/mainEntity/0/acceptedAnswer/text").asString())
			.isEqualTo("Yes. Psychological dependence is common.");
	}

	@Test
	void aTitleContainingAScriptEndTagCannotBreakOutOfTheJsonLd() throws Exception {
		services.answerJson(ARTICLE_PATH,
				KETAMINE_ARTICLE
					.replace("\"title\":\"Ketamine addiction\"", "\"title\":\"K</script><script>alert(1)</script>\"")
					.replace("Is ketamine addictive?", "</SCRIPT ><!-- & \\u2028"));

		String html = article();

		assertThat(Html.count(html, "</script")).as("script end tags").isEqualTo(2);
		assertThat(html).doesNotContain("<script>alert(1)");
		List<String> blocks = Html.jsonLdBlocks(html);
		assertThat(blocks).hasSize(2).allSatisfy(block -> assertThat(block).doesNotContain("<", ">", "&", "\u2028"));
		assertThat(JsonMapper.shared().readTree(blocks.get(0)).get("name").asString())
			.isEqualTo("K</script><script>alert(1)</script>");
		assertThat(JsonMapper.shared().readTree(blocks.get(1)).at("/mainEntity/0/name").asString())
			.isEqualTo("</SCRIPT ><!-- & \u2028");
		assertThat(html)
			.contains("<h1 id=\"article-title\">K&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void anAnonymousReaderGetsAPubliclyCacheablePageWithAnEtag() throws Exception {
		services.answerJson(ARTICLE_PATH, KETAMINE_ARTICLE);

		MockHttpServletResponse response = this.mvc.perform(get("/learn/ketamine-addiction"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, no-cache");
		String etag = response.getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("W/\"");
		this.mvc.perform(get("/learn/ketamine-addiction").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
	}

	@Test
	void aSignedInReadersPageIsNotCachedPubliclyAndTheArticleIsStillReadAnonymously() throws Exception {
		services.answerJson(ARTICLE_PATH, KETAMINE_ARTICLE);

		MockHttpServletResponse response = this.mvc
			.perform(get("/learn/ketamine-addiction").with(signedInAs("erin", "Erin Editor", "content-editor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).doesNotContain("public").contains("no-store");
		assertThat(response.getContentAsString()).contains("Signed in as", "Take a confidential self-check");
		assertThat(services.requests("GET", ARTICLE_PATH)).singleElement()
			.satisfies(request -> assertThat(request.authorization()).isNull());
	}

	@Test
	void anUnknownArticleIsTheNotFoundPage() throws Exception {
		services.answerProblem("GET", "/api/content/articles/no-such-thing", 404,
				"""
						{"type":"urn:carepath:problem:not-found","title":"Not found","status":404,"detail":"No article no-such-thing"}""");

		String html = this.mvc.perform(get("/learn/no-such-thing"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("We can't find that page");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void anAddressThatCannotBeASlugIsNotFoundWithoutAskingTheService() throws Exception {
		this.mvc.perform(get("/learn/Not_A..Slug")).andExpect(status().isNotFound());

		assertThat(services.requests()).isEmpty();
	}

	@Test
	void whenTheContentServiceIsDownTheReaderIsToldAndStillSeesTheCrisisLine() throws Exception {
		services.dropConnections(ARTICLE_PATH);

		String html = this.mvc.perform(get("/learn/ketamine-addiction"))
			.andExpect(status().isServiceUnavailable())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("temporarily unavailable", "Need to talk to someone now?");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void anArticleWithoutExtrasShowsNoEmptySections() throws Exception {
		services.answerJson(ARTICLE_PATH, """
				{"slug":"ketamine-addiction","title":"Ketamine addiction","html":"<p>Short.</p>"}""");

		String html = article();

		assertThat(html).doesNotContain("On this page", "Frequently asked questions", "Where to find support",
				"Take a confidential self-check", "Clinically reviewed");
		assertThat(Html.jsonLdBlocks(html)).hasSize(1);
		Html.assertAccessibleLayout(html);
	}

	private String article() throws Exception {
		return this.mvc.perform(get("/learn/ketamine-addiction"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String between(String html, String start, String end) {
		int from = html.indexOf(start);
		assertThat(from).as("start of %s", start).isNotNegative();
		return html.substring(from + start.length(), html.indexOf(end, from));
	}

}
