package org.carepath.portal.home;

import jakarta.servlet.http.Cookie;
import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HomePageTests extends PageTestSupport {

	@Test
	void anonymousVisitorSeesTheSelfCheckLearnStaffSignInAndTheCrisisLine() throws Exception {
		String html = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html)
			.contains("<a class=\"button button-primary\" href=\"/check\">Take a confidential self-check</a>");
		assertThat(html).contains("<a class=\"button button-secondary\" href=\"/learn\">Learn</a>");
		assertThat(html).contains("<a class=\"staff-sign-in\" href=\"/staff\">Staff sign in</a>");
		assertThat(html).contains("don't need an account", "confidential");
		Html.assertCrisisLine(html);
		assertThat(html).doesNotContain("Signed in as", "/logout");
	}

	@Test
	void clinicianSeesTheirNameTheReferralsLinkAndASignOutFormCarryingTheGatewayCsrfToken() throws Exception {
		String html = this.mvc
			.perform(get("/").with(signedInAs("clinician", "Clara Clinician", "staff", "clinician"))
				.cookie(new Cookie("XSRF-TOKEN", "4b1e7c9a-csrf")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String header = html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
		assertThat(header).contains("Signed in as Clara Clinician (clinician)");
		assertThat(html).contains("<a href=\"/staff/referrals\">Referrals</a>");
		assertThat(Html.signOutCsrfValue(html)).isEqualTo("4b1e7c9a-csrf");
		assertThat(html).containsPattern("<button type=\"submit\"[^>]*>Sign out</button>");
		assertThat(html).doesNotContain("Staff sign in");
	}

	@Test
	void intakeStaffSeeTheScreeningQueueAndTheReferralsTheyMayRead() throws Exception {
		String html = this.mvc.perform(get("/").with(signedInAs("intake", "Ian Intake", "staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("intake", "<a href=\"/staff/queue\">Screening queue</a>",
				"<a href=\"/staff/referrals\">Referrals</a>");
		assertThat(html).doesNotContain("/staff/content", "/staff/audit");
	}

	@Test
	void patientsHaveASignInOfTheirOwnThatLandsOnTheirCheckIns() throws Exception {
		String html = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();

		assertThat(html).contains(
				"<a href=\"/staff/sign-in?continue=/me/screenings\">Sign in to see your check-ins</a>",
				"<a class=\"staff-sign-in\" href=\"/staff\">Staff sign in</a>");
	}

	@Test
	void aSignedInPatientIsNotToldTheyNeedNoAccountButWhereTheirCheckInsAre() throws Exception {
		String html = this.mvc.perform(get("/").with(signedInAs("pat", "Pat Patient", "patient")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).doesNotContain("don't need an account", "Sign in to see your check-ins")
			.contains("<a href=\"/me/screenings\">See your check-ins</a>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bearer not-a-valid-token", "Bearer has spaces and !nvalid chars", "Bearer " })
	void aBrokenTokenStillShowsThePublicPageAsToAnyone(String authorization) throws Exception {
		String html = this.mvc.perform(get("/").header(HttpHeaders.AUTHORIZATION, authorization))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Staff sign in");
		Html.assertCrisisLine(html);
	}

}
