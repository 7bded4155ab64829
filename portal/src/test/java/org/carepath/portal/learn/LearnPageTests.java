package org.carepath.portal.learn;

import java.time.Duration;

import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LearnPageTests extends PageTestSupport {

	private static final String ARTICLES = "/api/content/articles";

	private static final String KETAMINE = """
			{"slug":"ketamine-addiction","title":"Ketamine addiction","summary":"Signs, tolerance and what treatment looks like."}""";

	@Test
	void listsThePublishedArticlesOfTheContentService() throws Exception {
		services.answerJson(ARTICLES, page(KETAMINE, "{\"slug\":\"smart-recovery\",\"title\":\"SMART Recovery\"}"));

		String html = learnPage();

		assertThat(html).contains("<a href=\"/learn/ketamine-addiction\">Ketamine addiction</a>",
				"Signs, tolerance and what treatment looks like.",
				"<a href=\"/learn/smart-recovery\">SMART Recovery</a>");
		assertThat(html).doesNotContain("temporarily unavailable", "Nothing here yet");
	}

	@Test
	void skipsArticlesWithoutATitle() throws Exception {
		services.answerJson(ARTICLES, page("{\"slug\":\"draft\"}", KETAMINE));

		assertThat(Html.count(learnPage(), "<li class=\"card\">")).isEqualTo(1);
	}

	@Test
	void withNoArticlesYetSaysSoKindlyAndShowsWhereToGetHelp() throws Exception {
		services.answerJson(ARTICLES, page());

		String html = learnPage();

		assertThat(html).contains("Nothing here yet", "Need to talk to someone now?", "href=\"tel:988\"");
		assertThat(html).doesNotContain("temporarily unavailable");
	}

	@Test
	void whenTheContentServiceFailsTheNoteSaysTemporarilyUnavailable() throws Exception {
		services.answerStatus(ARTICLES, 503);

		assertUnavailableNote(learnPage());
	}

	@Test
	void whenTheContentServiceIsDownTheNoteSaysTemporarilyUnavailable() throws Exception {
		services.dropConnections(ARTICLES);

		assertUnavailableNote(learnPage());
	}

	@Test
	void whenTheContentServiceIsTooSlowThePageDoesNotWaitForIt() throws Exception {
		// The article would arrive after 8 s; the read timeout (2.5 s here) gives up
		// first, so the page shows the
		// note instead of the article. No wall-clock assertion: the content proves the
		// portal did not wait.
		services.answerSlowly(ARTICLES, page(KETAMINE), Duration.ofSeconds(8));

		String html = learnPage();

		assertUnavailableNote(html);
		assertThat(html).doesNotContain("Signs, tolerance and what treatment looks like.");
	}

	@Test
	void whenTheContentServiceAnswersSomethingOddThePageStillRenders() throws Exception {
		services.answerJson(ARTICLES, "<html>not json</html>");

		assertUnavailableNote(learnPage());
	}

	@Test
	void articleTextIsEscaped() throws Exception {
		services.answerJson(ARTICLES,
				page("{\"title\":\"<script>alert(1)</script>\",\"summary\":\"<b onclick=x>hi</b>\"}"));

		String html = learnPage();

		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>", "<b onclick");
	}

	@Test
	void callsTheContentServiceWithTheTraceContext() throws Exception {
		services.answerJson(ARTICLES, page());

		learnPage();

		assertThat(services.requestHeaders()).singleElement()
			.satisfies(headers -> assertThat(headers.getFirst("traceparent")).isNotBlank());
	}

	/** One page of the list holding these articles, as the content service sends it. */
	static String page(String... articles) {
		return "{\"items\":[" + String.join(",", articles) + "],\"page\":0,\"size\":20,\"totalItems\":"
				+ articles.length + ",\"totalPages\":1,\"query\":null}";
	}

	private String learnPage() throws Exception {
		return this.mvc.perform(get("/learn"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static void assertUnavailableNote(String html) {
		assertThat(html).contains("Articles are temporarily unavailable", "href=\"tel:988\"");
		assertThat(html).doesNotContain("Exception", "Nothing here yet", ">Ketamine addiction</a>");
	}

}
