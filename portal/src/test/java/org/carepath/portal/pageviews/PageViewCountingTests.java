package org.carepath.portal.pageviews;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.carepath.portal.EducationFixtures;
import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Page views are counted where the portal serves the page: every article page (a
 * revalidation answered 304 too) and every self-check form reached from an article's
 * link.
 */
class PageViewCountingTests extends PageTestSupport {

	@Autowired
	PageViewCounter counter;

	@BeforeEach
	void startFromZero() {
		this.counter.drain();
	}

	@Test
	void everyArticlePageServedCountsARevalidationIncluded() throws Exception {
		services.answerJson(EducationFixtures.ARTICLE_PATH, EducationFixtures.KETAMINE_ARTICLE);
		String etag = this.mvc.perform(get("/learn/ketamine-addiction"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		this.mvc.perform(get("/learn/ketamine-addiction").header(HttpHeaders.IF_NONE_MATCH, String.valueOf(etag)))
			.andExpect(status().isNotModified());

		assertThat(this.counter.drain()).containsExactly(new DayCount("ketamine-addiction", today(), 2, 0));
	}

	@Test
	void anArticleThatIsNotThereCountsNothing() throws Exception {
		services.answerStatus("/api/content/articles/no-such-article", 404);
		this.mvc.perform(get("/learn/no-such-article")).andExpect(status().isNotFound());

		assertThat(this.counter.drain()).isEmpty();
	}

	@Test
	void aSelfCheckReachedFromAnArticlesLinkCountsForThatArticle() throws Exception {
		services.answerJson("/api/intake/instruments/phq-9", fixture("phq-9"));
		this.mvc.perform(get("/check/phq-9").param("from", "ketamine-addiction")).andExpect(status().isOk());
		this.mvc.perform(get("/check/phq-9")).andExpect(status().isOk());
		this.mvc.perform(get("/check/phq-9").param("from", "Not a slug!")).andExpect(status().isOk());

		assertThat(this.counter.drain()).containsExactly(new DayCount("ketamine-addiction", today(), 0, 1));
	}

	private static LocalDate today() {
		// the page tests run the clinic in UTC
		return LocalDate.now(ZoneOffset.UTC);
	}

	private static String fixture(String name) {
		try (InputStream in = PageViewCountingTests.class.getResourceAsStream("/intake/" + name + ".json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
