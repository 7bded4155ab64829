package org.carepath.portal.staff;

import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in: where a person lands (their roles decide), that sign-in links come back to
 * the page asked for and only on this site, and that a refused page still says who is
 * signed in.
 */
class SignInPagesTests extends PageTestSupport {

	@Test
	void aPatientWhoSignsInLandsOnTheirCheckInsNotOnStaffHome() throws Exception {
		this.mvc.perform(get("/staff/sign-in").with(signedInAs("pat", "Pat Patient", "patient")))
			.andExpect(redirectedUrl("/me/screenings"));
		this.mvc.perform(get("/staff").with(signedInAs("pat", "Pat Patient", "patient")))
			.andExpect(redirectedUrl("/me/screenings"));
	}

	@Test
	void staffWhoSignInLandOnStaffHomeEvenWhenTheyArePatientsToo() throws Exception {
		this.mvc.perform(get("/staff/sign-in").with(signedInAs("ivy", "Ivy Intake", "staff")))
			.andExpect(redirectedUrl("/staff"));
		this.mvc.perform(get("/staff/sign-in").with(signedInAs("ada", "Ada Admin", "staff", "patient")))
			.andExpect(redirectedUrl("/staff"));
		this.mvc.perform(get("/staff").with(signedInAs("ada", "Ada Admin", "staff", "patient")))
			.andExpect(status().isOk());
	}

	@Test
	void signingInReturnsToThePageAskedFor() throws Exception {
		this.mvc
			.perform(get("/staff/sign-in").param("continue", "/learn/ketamine-addiction?from=check")
				.with(signedInAs("pat", "Pat Patient", "patient")))
			.andExpect(redirectedUrl("/learn/ketamine-addiction?from=check"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
			"me/screenings", "/\r\nSet-Cookie:x" })
	void aPageToReturnToThatIsNotOnThisSiteIsIgnored(String elsewhere) throws Exception {
		this.mvc
			.perform(get("/staff/sign-in").param("continue", elsewhere)
				.with(signedInAs("pat", "Pat Patient", "patient")))
			.andExpect(redirectedUrl("/me/screenings"));
	}

	@Test
	void thePleaseSignInPageLinksToSignInAndBackToThePageAskedFor() throws Exception {
		String html = this.mvc.perform(get("/me/screenings"))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("href=\"/staff/sign-in?continue=/me/screenings\"");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void aForbiddenPageStillShowsWhoIsSignedInAndSignOutAndLeadsToTheirOwnPages() throws Exception {
		String html = this.mvc.perform(get("/staff/queue").with(signedInAs("pat", "Pat Patient", "patient")))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.text(html)).contains("Signed in as Pat Patient (pat)", "You are signed in as pat");
		assertThat(html).containsPattern("<button type=\"submit\"[^>]*>Sign out</button>")
			.contains("<a href=\"/me/screenings\">My check-ins</a>",
					"<a class=\"button button-secondary\" href=\"/me/screenings\">Go to my check-ins</a>")
			.doesNotContain("Staff sign in");
		Html.assertAccessibleLayout(html);
	}

}
