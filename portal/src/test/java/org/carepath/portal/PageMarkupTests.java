package org.carepath.portal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every page, signed in or not: one h1, a main landmark, the skip link, no inline style or script. */
class PageMarkupTests extends PageTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/learn", "/check" })
	void publicPagesForAnAnonymousVisitor(String path) throws Exception {
		services.answerJson("/api/content/articles", "[{\"title\":\"Ketamine addiction\",\"summary\":\"What to know.\"}]");
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
	@ValueSource(strings = { "/", "/learn", "/check", "/staff", "/staff/queue", "/staff/referrals", "/staff/content",
			"/staff/review", "/staff/audit", "/me/screenings" })
	void everyPageForSomeoneWithEveryRole(String path) throws Exception {
		services.answerJson("/api/content/articles", "[]");
		services.answerJson("/api/intake/instruments", "[]");

		Html.assertAccessibleLayout(render(this.mvc.perform(get(path).with(signedInAs("ada", "Ada Admin", "staff",
				"clinician", "content-editor", "content-reviewer", "admin", "patient")))
			.andExpect(status().isOk())));
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
