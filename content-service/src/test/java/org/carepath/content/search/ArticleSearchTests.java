package org.carepath.content.search;

import java.util.List;
import java.util.Map;

import org.carepath.content.EducationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ArticleSearchTests extends EducationTestSupport {

	@Test
	void aHitInTheTitleOutranksAHitInTheBody() throws Exception {
		publish(article("quelbrix-in-body", "Recovery stories",
				"Many people mention quelbrix once, here in the body, among many other words about recovery."));
		publish(article("quelbrix-in-title", "Quelbrix explained", "Nothing in this body names the word."));

		search("quelbrix").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].slug", contains("quelbrix-in-title", "quelbrix-in-body")))
			.andExpect(jsonPath("$.query").value("quelbrix"))
			.andExpect(jsonPath("$.totalItems").value(2));
	}

	@Test
	void aSnippetMarksTheMatchesAndEscapesEverythingElse() throws Exception {
		publish(article("snippet-escaping", "Snippets",
				"Zentrophane & friends: <script>alert(1)</script> and <img src=x onerror=alert(2)> near zentrophane."));

		MvcResult result = search("zentrophane").andExpect(status().isOk()).andReturn();
		String snippet = this.json.readTree(result.getResponse().getContentAsString())
			.get("items")
			.get(0)
			.get("snippet")
			.asString();

		assertThat(snippet).contains("<mark>Zentrophane</mark>", "<mark>zentrophane</mark>", "&lt;script&gt;", "&amp;");
		// Take the marks away and no markup is left.
		assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
	}

	@Test
	void otherFormsOfAWordFindIt() throws Exception {
		// The clinic's article says "addiction"; stemming makes "addicted" find it.
		search("addicted").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].slug", hasItem("ketamine-addiction")))
			.andExpect(jsonPath("$.items[?(@.slug == 'ketamine-addiction')].snippet",
					contains(containsString("<mark>addiction</mark>"))));
	}

	@Test
	void whatPeopleTypeNeverBreaksTheSearch() throws Exception {
		search("the").andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
		search("\"unclosed or -").andExpect(status().isOk());
		search("ketamine -opioid or \"club drug\"").andExpect(status().isOk());
	}

	@Test
	void aTopicNarrowsTheList() throws Exception {
		publish(withTopics(article("topic-a-one", "Topic one", "First."), "topic-filter-a"));
		publish(withTopics(article("topic-a-two", "Topic two", "Second."), "topic-filter-a", "other"));
		publish(withTopics(article("topic-b-one", "Topic three", "Third."), "topic-filter-b"));

		this.mvc.perform(get("/api/content/articles").param("topic", "topic-filter-a"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].slug", contains("topic-a-two", "topic-a-one")))
			.andExpect(jsonPath("$.totalItems").value(2));
		this.mvc.perform(get("/api/content/articles").param("topic", "ketamine").param("q", "addicted"))
			.andExpect(jsonPath("$.items[*].slug", contains("ketamine-addiction")));
	}

	@Test
	void theListComesInPagesNewestFirst() throws Exception {
		for (String slug : List.of("paged-1", "paged-2", "paged-3")) {
			publish(withTopics(article(slug, "Paged " + slug, "Body."), "paging-test"));
		}

		this.mvc.perform(get("/api/content/articles").param("topic", "paging-test").param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].slug", contains("paged-3", "paged-2")))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.query").value(nullValue()))
			.andExpect(jsonPath("$.items[0]", not(hasKey("snippet"))))
			.andExpect(jsonPath("$.items[0].author.name").value("Anna Raab"))
			.andExpect(jsonPath("$.items[0].topics", contains("paging-test")))
			.andExpect(jsonPath("$.items[0].readingMinutes").value(1))
			.andExpect(jsonPath("$.items[0].publishedAt").isNotEmpty());
		this.mvc
			.perform(get("/api/content/articles").param("topic", "paging-test").param("size", "2").param("page", "1"))
			.andExpect(jsonPath("$.items[*].slug", contains("paged-1")));
	}

	@Test
	void controlCharactersInTheQueryAreAProblemNamingTheField() throws Exception {
		// PostgreSQL refuses the zero byte: a 400 naming the parameter, not a 500.
		for (Map.Entry<String, String> bad : List.of(Map.entry("q", "\u0000"), Map.entry("q", "ketamine\u0000"),
				Map.entry("q", "bell\u0007"), Map.entry("topic", "ketamine\u0000"))) {
			this.mvc.perform(get("/api/content/articles").param(bad.getKey(), bad.getValue()))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"))
				.andExpect(jsonPath("$.errors[*].field", hasItem(bad.getKey())));
		}
		// As a client sends it, percent-encoded in the URL.
		this.mvc.perform(get(java.net.URI.create("/api/content/articles?q=%00")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
		search("tab\tand\nline").andExpect(status().isOk());
	}

	@Test
	void badPagingIsAProblemWithFieldErrors() throws Exception {
		for (Map.Entry<String, String> bad : List.of(Map.entry("size", "51"), Map.entry("size", "0"),
				Map.entry("page", "-1"), Map.entry("topic", "Not A Topic"))) {
			this.mvc.perform(get("/api/content/articles").param(bad.getKey(), bad.getValue()))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"))
				.andExpect(jsonPath("$.errors[0].field").value(bad.getKey()));
		}
		this.mvc.perform(get("/api/content/articles").param("page", "first"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private org.springframework.test.web.servlet.ResultActions search(String q) throws Exception {
		return this.mvc.perform(get("/api/content/articles").param("q", q));
	}

	private static Map<String, Object> withTopics(Map<String, Object> article, String... topics) {
		article.put("topics", List.of(topics));
		return article;
	}

}
