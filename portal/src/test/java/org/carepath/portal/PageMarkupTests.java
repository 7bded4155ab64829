package org.carepath.portal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page, signed in or not: one h1, a main landmark, the skip link, no inline style
 * or script.
 */
class PageMarkupTests extends PageTestSupport {

	@ParameterizedTest
	@ValueSource(
			strings = { "/", "/learn", "/learn?q=ketamine&topic=treatment", "/learn/ketamine-addiction", "/check" })
	void publicPagesForAnAnonymousVisitor(String path) throws Exception {
		services.answerJson("/api/content/articles", EducationFixtures.ARTICLE_LIST);
		services.answerJson(EducationFixtures.ARTICLE_PATH, EducationFixtures.KETAMINE_ARTICLE);
		services.answerJson("/api/intake/instruments", "[{\"id\":\"dast-10\",\"title\":\"DAST-10\"}]");

		Html.assertAccessibleLayout(render(this.mvc.perform(get(path)).andExpect(status().isOk())));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/learn", "/check" })
	void publicPagesWhenServicesAreDown(String path) throws Exception {
		services.dropConnections("/api/content/articles");
		services.dropConnections("/api/intake/instruments");

		Html.assertAccessibleLayout(render(this.mvc.perform(get(path)).andExpect(status().isOk())));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/learn", "/learn/ketamine-addiction", "/check", "/staff", "/staff/queue",
			"/staff/referrals", "/staff/content", "/staff/content/new", "/staff/content/ketamine-addiction",
			"/staff/content/ketamine-addiction/edit", "/staff/content/ketamine-addiction/history",
			"/staff/content/ketamine-addiction/archive", "/staff/review", "/staff/review/ketamine-addiction/5",
			"/staff/audit", "/me/screenings", "/staff/administer", "/staff/admin/on-call" })
	void everyPageForSomeoneWithEveryRole(String path) throws Exception {
		services.answerJson("/api/content/articles", EducationFixtures.NO_ARTICLES);
		services.answerJson("/api/intake/instruments", "[]");
		services.answerJson("/api/content/drafts",
				"[{\"slug\":\"ketamine-addiction\",\"title\":\"Ketamine addiction\",\"revision\":5,\"state\":\"draft\"}]");
		services.answerJson("/api/content/review-queue",
				"[{\"slug\":\"ketamine-addiction\",\"revision\":5,\"title\":\"Ketamine addiction\"}]");
		services.answerJson("/api/content/resources", EducationFixtures.RESOURCES);
		services.answerJson(EducationFixtures.ARTICLE_PATH, EducationFixtures.KETAMINE_ARTICLE);
		services.answerJson(EducationFixtures.REVISIONS_PATH, EducationFixtures.REVISIONS);
		services.answerJson(EducationFixtures.REVISION_5_PATH, EducationFixtures.revision5("in-review"));
		services.answerJson("/api/intake/screenings", "[]");
		services.answerJson("/api/intake/alerts", "[]");
		services.answerJson("/api/intake/my/screenings", "{\"screenings\":[],\"trends\":[]}");
		services.answerJson("/api/referrals/suggestions", "[]");
		services.answerJson("/api/referrals", "[]");
		services.answerJson("/api/intake/on-call", """
				{"timeZone":"UTC","escalationContact":"escalation@carepath.test","slots":[],"exceptions":[],
				 "now":{"primary":null,"escalation":"escalation@carepath.test","source":"none"}}""");

		Html.assertAccessibleLayout(render(this.mvc
			.perform(get(path).with(signedInAs("ada", "Ada Admin", "staff", "clinician", "content-editor",
					"content-reviewer", "admin", "patient")))
			.andExpect(status().isOk())));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/learn/no-such-article", "/learn/ketamine-addiction" })
	void theNotFoundAndUnavailablePagesOfTheEducationArticles(String path) throws Exception {
		services.dropConnections(EducationFixtures.ARTICLE_PATH);

		Html.assertAccessibleLayout(render(this.mvc.perform(get(path))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/staff/content", "/staff/review/ketamine-addiction/5" })
	void theNotAllowedPage(String path) throws Exception {
		Html.assertAccessibleLayout(render(this.mvc.perform(get(path).with(signedInAs("ian", "Ian Intake", "staff")))
			.andExpect(status().isForbidden())));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/staff", "/me/screenings" })
	void theSignInRequiredPage(String path) throws Exception {
		Html.assertAccessibleLayout(render(this.mvc.perform(get(path)).andExpect(status().isUnauthorized())));
	}

	private static String render(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

}
