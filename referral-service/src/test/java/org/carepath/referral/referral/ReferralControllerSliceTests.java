package org.carepath.referral.referral;

import java.util.List;
import java.util.UUID;

import org.carepath.referral.consent.ConsentViolation;
import org.carepath.referral.program.ProgramDirectory;
import org.carepath.support.problem.ProblemSupportAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The referral API's branching without a database: which problem each domain exception
 * and each invalid request becomes (the real-database tests cover what is stored).
 */
@WebMvcTest({ ReferralController.class, InboxController.class })
@ImportAutoConfiguration(ProblemSupportAutoConfiguration.class)
@Import(ReferralControllerSliceTests.TokensOnly.class)
class ReferralControllerSliceTests {

	static final UUID REFERRAL = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");

	static final ProgramDirectory.Listing HARBOR = new ProgramDirectory.Listing(
			UUID.fromString("6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01"), "harbor", "Harbor", true, List.of("3|2.1"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReferralService service;

	@MockitoBean
	ReferralReader reader;

	@MockitoBean
	ProgramDirectory programs;

	@Test
	void aRefusedConsentIsA422ListingTheFieldsThenEachConsentElement() throws Exception {
		given(this.service.request(any(), anyString(), any())).willThrow(
				new ReferralRefused(List.of(new FieldProblem("reasonCategory", "must be one of [substance-use]")),
						List.of(new ConsentViolation("signature", "consent.signature", "the signature is required"))));

		refer().andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:consent-invalid"))
			.andExpect(jsonPath("$.title").value("Consent invalid"))
			.andExpect(jsonPath("$.errors[*].field", contains("reasonCategory", "consent.signature")))
			.andExpect(jsonPath("$.errors[1].element").value("signature"))
			.andExpect(jsonPath("$.errors[0].element").doesNotExist());
	}

	@Test
	void aReferralRefusedOnlyForItsFieldsIsReferralInvalid() throws Exception {
		given(this.service.request(any(), anyString(), any()))
			.willThrow(new ReferralRefused(List.of(new FieldProblem("programId", "no such program")), List.of()));

		refer().andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:referral-invalid"))
			.andExpect(
					jsonPath("$.detail").value("The referral cannot be made as requested. Nothing was stored or sent."))
			.andExpect(jsonPath("$.errors[0].field").value("programId"));
	}

	@Test
	void anUnknownReferralIsNotFound() throws Exception {
		given(this.reader.details(eq(REFERRAL), anyString(), anyString())).willThrow(new ReferralNotFound(REFERRAL));

		this.mvc.perform(get("/api/referrals/" + REFERRAL).with(jwt()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:not-found"))
			.andExpect(jsonPath("$.detail").value("No such referral."));
	}

	@Test
	void anAnswerTheLifecycleDoesNotAllowIsAConflictNamingWhatIsAllowed() throws Exception {
		given(this.programs.findByPartnerId("harbor")).willReturn(java.util.Optional.of(HARBOR));
		given(this.service.changeStatus(eq(REFERRAL), any(), eq("harbor"), any()))
			.willThrow(new TransitionNotAllowed(ReferralStatus.REQUESTED, ReferralStatus.COMPLETED));

		answer("{\"status\": \"completed\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:transition-not-allowed"))
			.andExpect(jsonPath("$.currentStatus").value("requested"))
			.andExpect(jsonPath("$.allowedTransitions", contains("accepted", "rejected")));
	}

	@Test
	void anAnswerBreakingSeveralRulesListsOneErrorPerFieldInTheRequestsOrder() throws Exception {
		given(this.programs.findByPartnerId("harbor")).willReturn(java.util.Optional.of(HARBOR));

		answer("{\"date\": \"2999-01-01\", \"reason\": \"" + "x".repeat(501) + "\", \"status\": \"\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:referral-invalid"))
			.andExpect(jsonPath("$.detail")
				.value("The status change cannot be recorded as requested. Nothing was changed."))
			.andExpect(jsonPath("$.errors[*].field", contains("status", "reason", "date")))
			.andExpect(jsonPath("$.errors[*].message",
					contains("required", "at most 500 characters", "must not be in the future")));
		verifyNoInteractions(this.service);
	}

	@Test
	void rejectingWithoutAReasonNamesTheReason() throws Exception {
		given(this.programs.findByPartnerId("harbor")).willReturn(java.util.Optional.of(HARBOR));

		answer("{\"status\": \"rejected\", \"reason\": \"  \"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].message", contains("a reason is required to reject a referral")));
		answer("{\"status\": \"cancelled\"}").andExpect(status().isUnprocessableContent())
			.andExpect(
					jsonPath("$.errors[*].message", contains("must be accepted, rejected, in-progress or completed")));
		verifyNoInteractions(this.service);
	}

	@Test
	void aRevocationWithABadRequestedBySaysWhatIsWrongWithTheRevocation() throws Exception {
		revoke("{\"reason\": \"phoned\", \"requestedBy\": \"neighbour\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:referral-invalid"))
			.andExpect(
					jsonPath("$.detail").value("The revocation cannot be recorded as requested. Nothing was changed."))
			.andExpect(jsonPath("$.errors[0].field").value("requestedBy"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("must be one of [authorized-representative, guardian, parent, patient]"));
		verifyNoInteractions(this.service);
	}

	@Test
	void revokingTwiceIsAConflict() throws Exception {
		willThrow(new ConsentAlreadyRevoked(REFERRAL)).given(this.service).revoke(eq(REFERRAL), any(), anyString());

		revoke("{\"reason\": \"phoned\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:consent-already-revoked"));
	}

	@Test
	void anUnknownStatusFilterIsABadRequestNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/referrals?status=nonsense").with(jwt()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"))
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		verifyNoInteractions(this.reader);
	}

	/**
	 * Any token will do here: who may call what is SecurityConfiguration's, tested with
	 * real tokens elsewhere.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class TokensOnly {

		@Bean
		SecurityFilterChain api(HttpSecurity http) {
			return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).build();
		}

	}

	private ResultActions refer() throws Exception {
		return this.mvc.perform(post("/api/referrals").with(jwt())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"programId\": \"" + HARBOR.id() + "\"}"));
	}

	private ResultActions answer(String body) throws Exception {
		return this.mvc.perform(post("/api/referrals/" + REFERRAL + "/status")
			.with(jwt().jwt(token -> token.claim("partner_id", "harbor")))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions revoke(String body) throws Exception {
		return this.mvc.perform(post("/api/referrals/" + REFERRAL + "/consent/revoke").with(jwt())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
