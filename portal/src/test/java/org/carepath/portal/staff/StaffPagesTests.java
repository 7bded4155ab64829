package org.carepath.portal.staff;

import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class StaffPagesTests extends PageTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "/staff", "/staff/queue", "/staff/referrals", "/me/screenings" })
	void withoutATokenTheAnswerIs401WithAPageThatLinksToSignIn(String path) throws Exception {
		String html = this.mvc.perform(get(path))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Please sign in", "href=\"/staff\"", "tel:988");
	}

	@Test
	void aBrokenTokenInTheStaffAreaIsAlso401() throws Exception {
		this.mvc.perform(get("/staff").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-valid-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Please sign in")));
	}

	@Test
	void staffHomeGreetsByNameWithACardForEachRole() throws Exception {
		String html = this.mvc
			.perform(get("/staff").with(signedInAs("editor", "Erin Editor", "content-editor", "content-reviewer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<h1>Welcome, Erin Editor</h1>");
		assertThat(html).contains("<h2><a href=\"/staff/content\">Articles</a></h2>",
				"<h2><a href=\"/staff/review\">Review queue</a></h2>");
		assertThat(html).doesNotContain("/staff/audit", "/staff/referrals");
	}

	@Test
	void aSignedInPersonWithoutCarePathRolesIsToldWhomToAsk() throws Exception {
		this.mvc.perform(get("/staff").with(signedInAs("newhire", "New Hire")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("No work areas yet")));
	}

	@Test
	void aStaffPageNotBuiltYetSaysWhatWillBeThere() throws Exception {
		String html = this.mvc.perform(get("/staff/audit").with(signedInAs("admin", "Ada Admin", "admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<h1>Audit log</h1>", "Coming soon", "referral or consent");
	}

	@Test
	void anUnknownStaffPageIsNotFound() throws Exception {
		this.mvc.perform(get("/staff/payroll").with(signedInAs("admin", "Ada Admin", "admin")))
			.andExpect(status().isNotFound());
	}

}
