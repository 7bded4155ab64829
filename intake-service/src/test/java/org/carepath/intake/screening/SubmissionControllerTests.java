package org.carepath.intake.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.carepath.support.problem.ProblemSupportAutoConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.carepath.intake.instrument.InstrumentCatalog;
import org.carepath.intake.instrument.TestInstruments;
import org.carepath.intake.scoring.InvalidAnswersException;
import org.carepath.intake.scoring.Respondent;
import org.carepath.intake.scoring.Scorer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The submission endpoint's own branching, with the service mocked: who may submit in
 * which mode, what reaches the service, how refusals read. Filters are off (the real
 * chain is in IntakeApiSecurityTests); a token is the request's principal.
 */
@WebMvcTest(SubmissionController.class)
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration(ProblemSupportAutoConfiguration.class)
class SubmissionControllerTests {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@MockitoBean
	SubmissionService service;

	@MockitoBean
	InstrumentCatalog catalog;

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

	@BeforeEach
	void instruments() {
		given(this.catalog.find(anyString()))
			.willAnswer(invocation -> TestInstruments.catalog().find(invocation.getArgument(0)));
		given(this.service.submit(any(), any(), any(), anyString(), any())).willReturn(submission(true));
	}

	@Test
	void anAnonymousSelfCheckIsStoredForAnonymousAndLinkedToNobody() throws Exception {
		submit(crafft("self"), null, null).andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "/api/intake/screenings/" + ID));
		then(this.service).should().submit(any(), isNull(), isNull(), eq("anonymous"), isNull());
	}

	@Test
	void aSignedInPatientsSelfCheckIsLinkedToTheirSubject() throws Exception {
		submit(crafft("self"), null, token("pat", "patient")).andExpect(status().isCreated());
		then(this.service).should().submit(any(), isNull(), isNull(), eq("pat"), eq("sub-pat"));
	}

	@Test
	void aStaffAdministeredScreeningNeedsAToken() throws Exception {
		submit(crafft("staff"), null, null).andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void aStaffAdministeredScreeningNeedsTheStaffRole() throws Exception {
		submit(crafft("staff"), null, token("pat", "patient")).andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void aStaffAdministeredScreeningNamesTheStaffMemberAndIsNeverLinkedToAPatient() throws Exception {
		submit(crafft("staff"), null, token("intake", "staff")).andExpect(status().isCreated());
		then(this.service).should().submit(any(), isNull(), eq("intake"), eq("intake"), isNull());
	}

	@Test
	void aReplayedSubmissionAnswers200WithTheFirstResult() throws Exception {
		given(this.service.submit(any(), eq("retry-1"), any(), anyString(), any())).willReturn(submission(false));
		submit(crafft("self"), "retry-1", null).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.LOCATION, "/api/intake/screenings/" + ID))
			.andExpect(jsonPath("$.id").value(ID.toString()));
	}

	@Test
	void aBlankIdempotencyKeyCountsAsNone() throws Exception {
		submit(crafft("self"), "  ", null).andExpect(status().isCreated());
		then(this.service).should().submit(any(), isNull(), any(), anyString(), any());
	}

	@Test
	void anIdempotencyKeyOver100CharactersIsABadRequest() throws Exception {
		submit(crafft("self"), "k".repeat(101), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"));
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void twoRetriesThatRaceAnswerWithTheOneStored() throws Exception {
		willThrow(new DataIntegrityViolationException("idempotency_key")).given(this.service)
			.submit(any(), eq("race"), any(), anyString(), any());
		given(this.service.hash(any())).willReturn("hash");
		given(this.service.replay("race", "hash")).willReturn(Optional.of(submission(false)));
		submit(crafft("self"), "race", null).andExpect(status().isOk());
	}

	@Test
	void skippedAnswersIgnoreReachesTheService() throws Exception {
		Map<String, Object> request = crafft("self");
		request.put("skippedAnswers", "ignore");
		submit(request, null, null).andExpect(status().isCreated());
		then(this.service).should()
			.submit(argThat(SubmissionRequest::ignoresSkippedAnswers), any(), any(), anyString(), any());
	}

	@Test
	void skippedAnswersRejectIsTheDefault() throws Exception {
		submit(crafft("self"), null, null).andExpect(status().isCreated());
		then(this.service).should()
			.submit(argThat(request -> !request.ignoresSkippedAnswers()), any(), any(), anyString(), any());
	}

	@Test
	void anyOtherSkippedAnswersValueIsAValidationErrorOnTheField() throws Exception {
		Map<String, Object> request = crafft("self");
		request.put("skippedAnswers", "drop");
		submit(request, null, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"))
			.andExpect(jsonPath("$.errors[*].field", contains("skippedAnswers")));
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void everyInvalidFieldIsReportedAtOnceInFormOrder() throws Exception {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("startedAt", "2027-01-01T00:00:00Z");
		request.put("contact", Map.of("name", "n".repeat(201), "email", " ", "consentToContact", true));
		request.put("respondent", Map.of("sex", "unknown", "ageBand", "young"));
		request.put("mode", "kiosk");
		request.put("instrument", "phq-99");
		submit(request, null, null).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field",
					contains("instrument", "mode", "respondent.sex", "respondent.ageBand", "contact", "contact.name",
							"startedAt")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("nnnnn"))));
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void invalidAnswersAreNamedByLinkIdWithTheirReason() throws Exception {
		willThrow(invalidAnswers()).given(this.service).submit(any(), any(), any(), anyString(), any());
		submit(crafft("self"), null, null).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:invalid-answers"))
			.andExpect(jsonPath("$.title").value("Invalid answers"))
			.andExpect(jsonPath("$.errors[0].field").value("answers.car"))
			.andExpect(jsonPath("$.errors[0].linkId").value("car"))
			.andExpect(jsonPath("$.errors[0].reason").value("missing"));
	}

	@Test
	void aReusedIdempotencyKeyIsUnprocessable() throws Exception {
		willThrow(new IdempotencyKeyReusedException()).given(this.service)
			.submit(any(), any(), any(), anyString(), any());
		submit(crafft("self"), "used", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:idempotency-key-reused"))
			.andExpect(jsonPath("$.title").value("Idempotency key reused"));
	}

	static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

	private static Submission submission(boolean created) {
		return new Submission(new SubmissionResult(null, ID, "KXM-4827", "crafft-2.1", "1", 0, 6, "low-risk", false,
				false, new SubmissionResult.Step("reinforce", "text"),
				new OpeningHours.Review(true, null, "The clinic is open now."), "meaning", List.of(), List.of(),
				List.of()), created);
	}

	private static InvalidAnswersException invalidAnswers() {
		try {
			Scorer.score(TestInstruments.get("crafft-2.1"),
					Map.of("alcohol-days", 0, "cannabis-days", 0, "other-days", 0), Respondent.sexNotGiven());
		}
		catch (InvalidAnswersException ex) {
			return ex;
		}
		throw new IllegalStateException("expected invalid answers");
	}

	private static Map<String, Object> crafft(String mode) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("instrument", "crafft-2.1");
		request.put("mode", mode);
		request.put("answers", Map.of("alcohol-days", 0, "cannabis-days", 0, "other-days", 0, "car", "LA32-8"));
		return request;
	}

	private static JwtAuthenticationToken token(String username, String role) {
		Jwt jwt = Jwt.withTokenValue("token")
			.header("alg", "none")
			.subject("sub-" + username)
			.claim("preferred_username", username)
			.build();
		return new JwtAuthenticationToken(jwt, AuthorityUtils.createAuthorityList("ROLE_" + role));
	}

	private ResultActions submit(Map<String, Object> request, String idempotencyKey, JwtAuthenticationToken token)
			throws Exception {
		MockHttpServletRequestBuilder builder = post("/api/intake/screenings").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(request));
		if (idempotencyKey != null) {
			builder.header("Idempotency-Key", idempotencyKey);
		}
		if (token != null) {
			builder.principal(token);
		}
		return this.mvc.perform(builder);
	}

}
