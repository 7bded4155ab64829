package org.carepath.content.article;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.carepath.content.EducationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ArticleCachingTests extends EducationTestSupport {

	@Test
	void aPublishedArticleCarriesItsValidatorsAndMayBeCachedFiveMinutes() throws Exception {
		publish(article("cached-article", "Cached", "Body."));

		MockHttpServletResponse response = read("cached-article").andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"cached-article-r1\""))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "public, max-age=300"))
			.andExpect(header().doesNotExist("Pragma"))
			.andReturn()
			.getResponse();

		// Last-Modified is when this revision was published, to the second (HTTP dates
		// have no finer unit).
		Instant updatedAt = Instant
			.parse(this.json.readTree(response.getContentAsString()).get("updatedAt").asString());
		Instant lastModified = Instant
			.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(response.getHeader(HttpHeaders.LAST_MODIFIED)));
		assertThat(lastModified).isEqualTo(updatedAt.truncatedTo(ChronoUnit.SECONDS));
	}

	@Test
	void aMatchingETagIsAnsweredWithNotModified() throws Exception {
		publish(article("etag-article", "ETag", "Body."));
		String etag = read("etag-article").andReturn().getResponse().getHeader(HttpHeaders.ETAG);

		this.mvc.perform(get("/api/content/articles/{slug}", "etag-article").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.ETAG, etag))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "public, max-age=300"))
			.andExpect(content().string(""));
		this.mvc
			.perform(get("/api/content/articles/{slug}", "etag-article").header(HttpHeaders.IF_NONE_MATCH, "\"other\""))
			.andExpect(status().isOk());
	}

	@Test
	void aNewRevisionHasANewETagSoOldCopiesAreRefreshed() throws Exception {
		Map<String, Object> article = article("etag-revised", "Revised", "First words.");
		publish(article);
		String first = read("etag-revised").andReturn().getResponse().getHeader(HttpHeaders.ETAG);

		article.put("body", "Second words.");
		publishRevision("etag-revised", 2, draft(article));

		this.mvc.perform(get("/api/content/articles/{slug}", "etag-revised").header(HttpHeaders.IF_NONE_MATCH, first))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, not(first)))
			.andExpect(header().string(HttpHeaders.ETAG, "\"etag-revised-r2\""))
			.andExpect(jsonPath("$.html").value("<p>Second words.</p>\n"));
	}

	@Test
	void anUnchangedArticleIsNotModifiedSinceItsLastModifiedTime() throws Exception {
		publish(article("since-article", "Since", "Body."));
		String lastModified = read("since-article").andReturn().getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(lastModified).isNotBlank();

		this.mvc
			.perform(get("/api/content/articles/{slug}", "since-article").header(HttpHeaders.IF_MODIFIED_SINCE,
					lastModified))
			.andExpect(status().isNotModified());
	}

}
