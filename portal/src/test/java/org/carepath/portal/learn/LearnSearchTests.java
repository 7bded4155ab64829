package org.carepath.portal.learn;

import java.nio.charset.StandardCharsets;

import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.carepath.portal.StubServices.Request;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Searching and browsing the education articles on {@code /learn}. */
class LearnSearchTests extends PageTestSupport {

	private static final String ARTICLES = "/api/content/articles";

	private static final String SEARCH_RESULT = """
			{"items":[{"slug":"ketamine-addiction","title":"Ketamine addiction","summary":"What to know.",
			           "author":{"name":"Sam Rivera","credentials":"LCSW"},"topics":["ketamine","harm-reduction"],
			           "readingMinutes":7,"snippet":"… building &lt;b&gt;tolerance&lt;/b&gt; to <mark>ketamine</mark> &amp; more …"}],
			 "page":0,"size":20,"totalItems":3,"totalPages":1,"query":"ketamine"}""";

	@Test
	void aSearchSendsTheQueryAndShowsHowManyResultsWithTheMatchMarked() throws Exception {
		services.answerJson(ARTICLES, SEARCH_RESULT);

		String html = page("/learn?q=ketamine");

		Request sent = services.requests("GET", ARTICLES).getFirst();
		assertThat(sent.queryParam("q")).isEqualTo("ketamine");
		assertThat(sent.queryParam("page")).isEqualTo("0");
		assertThat(sent.queryParam("size")).isEqualTo("20");
		assertThat(html).contains("<h2 id=\"results-heading\">3 results for “ketamine”</h2>");
		assertThat(html).contains("<title>Search results for “ketamine” — CarePath Counseling</title>");
		assertThat(html).contains("to <mark>ketamine</mark> &amp; more");
		// The service's own escaping stays escaping: its &lt;b&gt; is text, never a tag.
		assertThat(html).contains("building &lt;b&gt;tolerance&lt;/b&gt;").doesNotContain("<b>tolerance");
		assertThat(html).contains("<a href=\"/learn/ketamine-addiction\">Ketamine addiction</a>", "By Sam Rivera, LCSW",
				"7 min read");
		assertThat(html)
			.containsPattern("<input type=\"search\" id=\"q\" name=\"q\" maxlength=\"200\" value=\"ketamine\">");
		assertThat(html)
			.containsPattern("<form class=\"search-form\" role=\"search\" method=\"get\" action=\"/learn\">");
		assertThat(html).contains("<label for=\"q\">Search our articles</label>");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void highlightedSearchWordsDoNotLookLikeLinks() throws Exception {
		services.answerJson(ARTICLES, SEARCH_RESULT);

		String html = page("/learn?q=ketamine");

		// The match is marked text outside any link…
		String snippet = html.substring(html.indexOf("<p class=\"snippet\">"));
		snippet = snippet.substring(0, snippet.indexOf("</p>"));
		assertThat(snippet).contains("<mark>ketamine</mark>").doesNotContain("<a ", "</a>");
		// …and is styled unlike one: no underline, not the link colour.
		String css = new ClassPathResource("static/css/portal.css").getContentAsString(StandardCharsets.UTF_8);
		String mark = css.substring(css.indexOf(".snippet mark {"));
		mark = mark.substring(0, mark.indexOf('}'));
		assertThat(mark).contains("text-decoration: none;").doesNotContain("underline", "var(--brand");
	}

	@Test
	void aHostileSnippetKeepsOnlyItsMarks() throws Exception {
		services.answerJson(ARTICLES,
				"""
						{"items":[{"slug":"x","title":"X","snippet":"<img src=x onerror=alert(1)><mark onclick=\\"steal()\\">a</mark> <mark>b</mark></mark><script>alert(2)</script><mark>c"}],
						 "page":0,"size":20,"totalItems":1,"totalPages":1,"query":"a"}""");

		String html = page("/learn?q=a");

		assertThat(html).doesNotContain("<img", "<script>alert", "<mark onclick");
		assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;", "&lt;mark onclick=&quot;steal()&quot;&gt;a",
				"<mark>b</mark>", "&lt;script&gt;alert(2)&lt;/script&gt;<mark>c</mark>");
	}

	@Test
	void aTopicLinkFiltersByTopicAndMarksTheCurrentOne() throws Exception {
		services.answerJson(ARTICLES, SEARCH_RESULT.replace("\"query\":\"ketamine\"", "\"query\":null"));

		String html = page("/learn?topic=treatment");

		assertThat(services.requests("GET", ARTICLES).getFirst().queryParam("topic")).isEqualTo("treatment");
		assertThat(services.requests("GET", ARTICLES).getFirst().queryParam("q")).isNull();
		assertThat(html).contains("<a href=\"/learn?topic=treatment\" aria-current=\"page\">Treatment</a>");
		// Topics of the listed articles join the clinic's standard ones.
		assertThat(html).contains("<a href=\"/learn?topic=ketamine\">Ketamine</a>",
				"<a href=\"/learn?topic=addiction\">Addiction</a>",
				"<a href=\"/learn?topic=harm-reduction\">Harm reduction</a>", "<a href=\"/learn\">All topics</a>");
		assertThat(html).contains("<title>Articles about Treatment — CarePath Counseling</title>",
				"3 articles about Treatment");
	}

	@Test
	void anOddTopicIsNotPassedOn() throws Exception {
		services.answerJson(ARTICLES, "[]");

		page("/learn?topic=%3Cscript%3E");

		assertThat(services.requests("GET", ARTICLES).getFirst().queryParam("topic")).isNull();
	}

	@Test
	void pagingLinksKeepTheSearchAndSayWhereTheyLead() throws Exception {
		services.answerJson(ARTICLES,
				"""
						{"items":[{"slug":"a","title":"A"}],"page":1,"size":20,"totalItems":45,"totalPages":3,"query":"a&b"}""");

		String html = this.mvc.perform(get("/learn").queryParam("q", "a&b").queryParam("page", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(services.requests("GET", ARTICLES).getFirst().queryParam("page")).isEqualTo("1");
		assertThat(services.requests("GET", ARTICLES).getFirst().queryParam("q")).isEqualTo("a&b");
		assertThat(html).contains("<a rel=\"prev\" href=\"/learn?q=a%26b\">Previous page</a>",
				"<a rel=\"next\" href=\"/learn?q=a%26b&amp;page=3\">Next page</a>", "Page 2 of 3");
		assertThat(html).containsPattern("<nav class=\"pagination\" aria-label=\"Pages of results\">");
		assertThat(html).contains("<title>Search results for “a&amp;b”, page 2 — CarePath Counseling</title>");
	}

	@Test
	void noResultsSuggestsWhatToTryAndWhereToGetHelp() throws Exception {
		services.answerJson(ARTICLES, """
				{"items":[],"page":0,"size":20,"totalItems":0,"totalPages":0,"query":"xyzzy"}""");

		String html = page("/learn?q=xyzzy");

		assertThat(html).contains("No results for “xyzzy”", "Try fewer or different words", "href=\"/check\"",
				"Need to talk to someone now?", "href=\"tel:988\"", "href=\"sms:988\"");
		assertThat(html).doesNotContain("Nothing here yet");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void theListIsCachedPubliclyOnlyForAnonymousVisitorsAndFetchedWithoutAToken() throws Exception {
		services.answerJson(ARTICLES, SEARCH_RESULT);

		String anonymous = this.mvc.perform(get("/learn"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.CACHE_CONTROL);
		String signedIn = this.mvc.perform(get("/learn").with(signedInAs("erin", "Erin Editor", "content-editor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.CACHE_CONTROL);

		assertThat(anonymous).isEqualTo("public, no-cache");
		assertThat(signedIn).doesNotContain("public").contains("no-store");
		assertThat(services.requests("GET", ARTICLES)).hasSize(2)
			.allSatisfy(request -> assertThat(request.authorization()).isNull());
	}

	@Test
	void anUnavailableListIsNotCachedPublicly() throws Exception {
		services.answerStatus(ARTICLES, 503);

		assertThat(this.mvc.perform(get("/learn")).andReturn().getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
			.doesNotContain("public");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
