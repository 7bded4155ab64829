package org.carepath.referral.consent;

import org.carepath.support.problem.ProblemSupportAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The consent texts the portal shows come from here, and name the clinic as configured.
 */
@WebMvcTest(controllers = ConsentTermsController.class, properties = "carepath.clinic.name=Lakeside Recovery Center")
@ImportAutoConfiguration(ProblemSupportAutoConfiguration.class)
@Import({ ConsentTerms.class, ConsentTermsControllerTests.TokensOnly.class })
class ConsentTermsControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theTermsNameTheConfiguredClinicAndDescribeTheChosenElements() throws Exception {
		this.mvc.perform(get("/api/referrals/consent-terms?sharesContact=true&sharesScores=false").with(jwt()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.discloser").value("Lakeside Recovery Center"))
			.andExpect(jsonPath("$.revocationStatement")
				.value(ConsentTerms.revocationStatement("Lakeside Recovery Center")))
			.andExpect(jsonPath("$.revocationStatement", containsString("by telling Lakeside Recovery Center")))
			.andExpect(jsonPath("$.purposes[*].code", contains("treatment-referral")))
			.andExpect(jsonPath("$.elements[*].id",
					contains("level-of-care", "reason-category", "identity-and-contact", "screening-scores")))
			.andExpect(jsonPath("$.elements[*].alwaysSent", contains(true, true, false, false)))
			.andExpect(jsonPath("$.elements[*].disclosed", contains(true, true, true, false)))
			.andExpect(jsonPath("$.description").value(Disclosure.of(true, false).standardDescription()));
	}

	@Test
	void withoutChoicesTheTermsAreThoseForSharingNothingMore() throws Exception {
		this.mvc.perform(get("/api/referrals/consent-terms").with(jwt()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.description")
				.value("The level of care chosen for me and the reason for this referral."));
	}

	/** Who may read the terms is SecurityConfiguration's (staff), tested elsewhere. */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class TokensOnly {

		@Bean
		SecurityFilterChain api(HttpSecurity http) {
			return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).build();
		}

	}

}
