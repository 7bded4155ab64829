package org.carepath.portal.learn;

import jakarta.servlet.http.Cookie;
import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.portal.EducationFixtures.ARTICLE_PATH;
import static org.carepath.portal.EducationFixtures.KETAMINE_ARTICLE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The article page keeps the content service's published article a few seconds
 * ({@link PublishedArticleCache}), never a page: each view is rendered for its visitor.
 */
class ArticleCacheTests extends PageTestSupport {

	static final String PAGE = "/learn/ketamine-addiction";

	@Test
	void manyViewsOfAnArticleAskTheContentServiceOnce() throws Exception {
		services.answerJson(ARTICLE_PATH, KETAMINE_ARTICLE);

		for (int i = 0; i < 3; i++) {
			assertThat(view(get(PAGE)).getContentAsString())
				.contains("<h1 id=\"article-title\">Ketamine addiction</h1>");
		}

		assertThat(services.requests("GET", ARTICLE_PATH)).hasSize(1);
	}

	@Test
	void aSignedInVisitorsPageIsRenderedForThemAndNeverServedToAnyoneElse() throws Exception {
		services.answerJson(ARTICLE_PATH, KETAMINE_ARTICLE);
		view(get(PAGE));

		MockHttpServletResponse signedIn = view(
				get(PAGE).with(signedInAs("clinician", "Clara Clinician", "staff", "clinician"))
					.cookie(new Cookie("XSRF-TOKEN", "4b1e7c9a-csrf")));
		MockHttpServletResponse anonymous = view(get(PAGE));

		assertThat(Html.text(signedIn.getContentAsString())).contains("Signed in as Clara Clinician (clinician)",
				"Ketamine addiction");
		assertThat(Html.signOutCsrfValue(signedIn.getContentAsString())).isEqualTo("4b1e7c9a-csrf");
		assertThat(signedIn.getHeader(HttpHeaders.CACHE_CONTROL)).doesNotContain("public").contains("no-store");
		assertThat(anonymous.getContentAsString()).doesNotContain("Clara Clinician", "4b1e7c9a-csrf", "/logout")
			.contains("Staff sign in");
		assertThat(services.requests("GET", ARTICLE_PATH)).hasSize(1);
	}

	@Test
	void anArticleNotFoundIsAskedForAgainOnTheNextView() throws Exception {
		services.answerStatus(ARTICLE_PATH, 404);
		assertThat(view(get(PAGE)).getStatus()).isEqualTo(404);

		services.answerJson(ARTICLE_PATH, KETAMINE_ARTICLE);

		assertThat(view(get(PAGE)).getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse view(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
