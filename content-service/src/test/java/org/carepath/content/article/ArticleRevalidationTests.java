package org.carepath.content.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.carepath.support.problem.ProblemSupportAutoConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How a published article answers a reader's (or the gateway's) cached copy: every branch
 * of the conditional GET, with the article read from a mock instead of the database.
 * {@link ArticleCachingTests} shows the same on real revisions.
 */
@WebMvcTest(PublishedArticleController.class)
@ImportAutoConfiguration(ProblemSupportAutoConfiguration.class)
class ArticleRevalidationTests {

	private static final String ETAG = "\"revalidated-r3\"";

	/** When revision 3 was published; HTTP dates keep only the seconds. */
	private static final Instant UPDATED = Instant.parse("2026-03-02T10:15:30.123456Z");

	private static final String LAST_MODIFIED = "Mon, 02 Mar 2026 10:15:30 GMT";

	private static final String CACHE_CONTROL = "public, max-age=300";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PublishedArticles articles;

	@BeforeEach
	void publishRevision3() {
		given(this.articles.find("revalidated")).willReturn(Optional
			.of(new PublishedArticle("revalidated", "Revalidated", "Summary.", new Author("Anna Raab", null),
					List.of("testing"), "<p>Body.</p>\n", List.of(), List.of(), List.of(), List.of(),
					"Dr. Rita Reviewer", UPDATED, 3, 1, Instant.parse("2026-01-05T09:00:00Z"), UPDATED)));
	}

	@Test
	void theArticleNamesItsRevisionAndMayBeKeptFiveMinutes() throws Exception {
		read().andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, ETAG))
			.andExpect(header().string(HttpHeaders.LAST_MODIFIED, LAST_MODIFIED))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL))
			.andExpect(jsonPath("$.revision").value(3));
	}

	@Test
	void aCopyOfTheSameRevisionIsNotModified() throws Exception {
		for (String copy : List.of(ETAG, "W/" + ETAG, "\"other\", " + ETAG)) {
			expectNotModified(read(HttpHeaders.IF_NONE_MATCH, copy));
		}
	}

	@Test
	void aCopyOfAnOlderRevisionGetsTheWholeArticle() throws Exception {
		read(HttpHeaders.IF_NONE_MATCH, "\"revalidated-r2\"").andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, ETAG))
			.andExpect(jsonPath("$.revision").value(3));
	}

	@Test
	void aCopyNoOlderThanTheRevisionIsNotModified() throws Exception {
		expectNotModified(read(HttpHeaders.IF_MODIFIED_SINCE, LAST_MODIFIED));
		expectNotModified(read(HttpHeaders.IF_MODIFIED_SINCE, "Tue, 03 Mar 2026 00:00:00 GMT"));
		read(HttpHeaders.IF_MODIFIED_SINCE, "Mon, 02 Mar 2026 10:15:29 GMT").andExpect(status().isOk());
	}

	@Test
	void theETagDecidesWhenACopyHasBoth() throws Exception {
		// RFC 9110: with If-None-Match, If-Modified-Since is ignored. A copy of revision
		// 2
		// fetched after revision 3 was published is still stale.
		this.mvc
			.perform(get("/api/content/articles/{slug}", "revalidated")
				.header(HttpHeaders.IF_NONE_MATCH, "\"revalidated-r2\"")
				.header(HttpHeaders.IF_MODIFIED_SINCE, "Tue, 03 Mar 2026 00:00:00 GMT"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(3));
	}

	@Test
	void anUnpublishedSlugIsANotFoundProblemWithoutValidators() throws Exception {
		this.mvc.perform(get("/api/content/articles/{slug}", "unpublished"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:not-found"))
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("No published article has this slug."))
			.andExpect(header().doesNotExist(HttpHeaders.ETAG))
			.andExpect(header().doesNotExist(HttpHeaders.LAST_MODIFIED));
	}

	private ResultActions read() throws Exception {
		return this.mvc.perform(get("/api/content/articles/{slug}", "revalidated"));
	}

	private ResultActions read(String header, String value) throws Exception {
		return this.mvc.perform(get("/api/content/articles/{slug}", "revalidated").header(header, value));
	}

	private static void expectNotModified(ResultActions result) throws Exception {
		result.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.ETAG, ETAG))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL))
			.andExpect(content().string(""));
	}

}
