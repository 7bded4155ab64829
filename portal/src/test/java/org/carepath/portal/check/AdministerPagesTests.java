package org.carepath.portal.check;

import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.carepath.portal.StubServices;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.portal.check.CheckFormPageTests.fixture;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff administer a screening on a patient's behalf with the same questionnaire form as
 * the public check.
 */
class AdministerPagesTests extends PageTestSupport {

	private static final String ID = "5e4d3c2b-5555-4a5b-9c8d-0123456789ab";

	private static final String PHQ9 = "/api/intake/instruments/phq-9";

	private static final String SCREENINGS = "/api/intake/screenings";

	@Test
	void staffChooseAnInstrumentFromIntakesList() throws Exception {
		services.answerJson("/api/intake/instruments", "[{\"id\":\"phq-9\",\"title\":\"PHQ-9 (depression)\"}]");

		String html = this.mvc.perform(get("/staff/administer").with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<h1>Administer a screening</h1>",
				"<a href=\"/staff/administer/phq-9\">PHQ-9 (depression)</a>",
				"<a href=\"/staff/administer\" aria-current=\"page\">Administer</a>");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void theFormIsThePublicQuestionnaireWordedForStaffWithoutAutosave() throws Exception {
		services.answerJson(PHQ9, fixture("phq-9"));

		String html = this.mvc.perform(get("/staff/administer/phq-9").with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<h1>Administer: PHQ-9 (depression)</h1>", "action=\"/staff/administer/phq-9\"",
				"Question 9 of 10", "<label for=\"q-9-1\">Several days</label>", "About the patient (optional)",
				"Record the screening", "No permission required to reproduce");
		assertThat(html).doesNotContain("check-autosave", "About you (optional)");
		assertThat(Html.count(html, "<fieldset class=\"question")).isEqualTo(10 + 1);
		Html.assertAccessibleLayout(html);
	}

	@Test
	void recordingPostsModeStaffWithTheStaffTokenAndOpensTheNewScreening() throws Exception {
		services.answerJson(PHQ9, fixture("phq-9"));
		services.answerJson("POST", SCREENINGS, 201, """
				{"id":"%s","reference":"CP-STF1","instrument":"phq-9","version":"1.0.0","score":0,"band":"minimal",
				 "positive":false,"crisis":false,"nextStep":{"code":"reinforce","text":"No further step."},
				 "interpretation":"Few or no symptoms.","notes":[],"resources":[],"relatedArticles":[]}"""
			.formatted(ID));

		this.mvc.perform(answers(post("/staff/administer/phq-9").with(staff())))
			.andExpect(redirectedUrl("/staff/screenings/" + ID + "?done=administered"));

		StubServices.Request sent = services.requests("POST", SCREENINGS).getFirst();
		assertThat(sent.authorization()).isEqualTo("Bearer token");
		assertThat(sent.headers().getFirst("Idempotency-Key")).matches("[0-9a-f-]{36}");
		JsonNode body = JsonMapper.shared().readTree(sent.body());
		assertThat(body.get("mode").asString()).isEqualTo("staff");
		assertThat(body.get("instrument").asString()).isEqualTo("phq-9");
		assertThat(body.get("answers").size()).isEqualTo(10);
		assertThat(body.get("skippedAnswers").asString()).isEqualTo("ignore");
	}

	@Test
	void answersIntakeRejectsAreShownOnTheStaffForm() throws Exception {
		services.answerJson(PHQ9, fixture("phq-9"));
		services.answerProblem("POST", SCREENINGS, 400, """
				{"type":"urn:carepath:problem:invalid-answers","status":400,
				 "errors":[{"field":"answers.3","message":"is required"}]}""");

		String html = this.mvc.perform(answers(post("/staff/administer/phq-9").with(staff())))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<title>Error: Administer: PHQ-9 (depression) — CarePath Counseling</title>",
				"<a href=\"#q-3-0\">Question 3: is required</a>", "action=\"/staff/administer/phq-9\"");
	}

	@Test
	void onlyStaffAdminister() throws Exception {
		this.mvc.perform(answers(post("/staff/administer/phq-9").with(signedInAs("pat", "Pat Patient", "patient"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(answers(post("/staff/administer/phq-9"))).andExpect(status().isUnauthorized());
		assertThat(services.requests()).isEmpty();
	}

	private static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request) {
		request.param("_csrf", "t").param("idempotencyKey", CheckForm.newKey());
		for (int i = 1; i <= 9; i++) {
			request.param("answer." + i, "LA6568-5");
		}
		return request.param("answer.10", "LA6572-7");
	}

	private static JwtRequestPostProcessor staff() {
		return signedInAs("intake", "Ivy Intake", "staff");
	}

}
