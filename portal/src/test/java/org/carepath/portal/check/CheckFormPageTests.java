package org.carepath.portal.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.carepath.portal.StubServices;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CheckFormPageTests extends PageTestSupport {

	private static final String PHQ9 = "/api/intake/instruments/phq-9";

	private static final String CRAFFT = "/api/intake/instruments/crafft-2.1";

	private static final String SCREENINGS = "/api/intake/screenings";

	private static final String RESULT = """
			{"id":"4b1f","reference":"CP-7K3M","instrument":"phq-9","version":"1.0.0","score":%d,"band":"%s",
			 "positive":true,"crisis":%s,"nextStep":{"code":"talk","text":"Talk with a counselor this week."},
			 "interpretation":"Your answers suggest moderate symptoms of depression.","notes":["Item 10 is not scored."],
			 "resources":[{"number":"988","name":"988 Suicide & Crisis Lifeline","description":"Call or text, 24/7.","href":"tel:988","kind":"crisis"}],
			 "relatedArticles":[{"slug":"understanding-depression","title":"Understanding depression"}]%s}""";

	private static final String CRISIS_PANEL = ",\"crisisPanel\":{\"statement\":\"You said you have had thoughts of hurting yourself. Please talk to someone now.\",\"contacts\":[]}";

	static String fixture(String name) {
		try (InputStream in = CheckFormPageTests.class.getResourceAsStream("/intake/" + name + ".json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theFormShowsEveryPhq9ItemAsAFieldsetWithItsQuestionAsLegendAndTheCopyright() throws Exception {
		services.answerJson(PHQ9, fixture("phq-9"));

		String html = this.mvc.perform(get("/check/phq-9"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.count(html, "<fieldset class=\"question")).isEqualTo(10 + 1);
		assertThat(Html.count(html, "<legend>")).isEqualTo(10 + 2);
		assertThat(html).contains("Question 1 of 10", "Question 10 of 10", "About 10 questions, takes ~3 minutes",
				"Little interest or pleasure in doing things",
				"Thoughts that you would be better off dead or of hurting yourself in some way",
				"<label for=\"q-9-0\">Not at all</label>", "name=\"answer.9\"",
				"Over the last 2 weeks, how often have you been bothered by any of the following problems?",
				"No permission required to reproduce");
		assertThat(html).doesNotContain("ordinalValue");
		assertThat(html.indexOf("This form is not watched around the clock")).isLessThan(html.indexOf("<h1"));
		assertThat(html).contains("<script src=\"/js/check-autosave.js\" defer></script>");
		assertThat(hidden(html, "idempotencyKey")).matches("[0-9a-f-]{36}");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void crafftDayQuestionsAreNumberBoxesAndPartBSaysWhenToAnswerIt() throws Exception {
		services.answerJson(CRAFFT, fixture("crafft-2.1"));

		String html = this.mvc.perform(get("/check/crafft-2.1")).andReturn().getResponse().getContentAsString();

		assertThat(html.replaceAll("\\s+", " ")).contains(
				"<input type=\"number\" inputmode=\"numeric\" step=\"1\" class=\"input-number\" id=\"q-alcohol-days\" name=\"answer.alcohol-days\" value=\"\" min=\"0\" max=\"365\"");
		assertThat(html).contains("<label for=\"q-alcohol-days\">",
				"Answer these only if you entered more than 0 days above");
		assertThat(Html.count(html, "Answer these only if")).isEqualTo(1);
		Html.assertAccessibleLayout(html);
	}

	@Test
	void postingSendsTheAnswersAnonymouslyWithTheIdempotencyKeyOfTheForm() throws Exception {
		services.answerJson(PHQ9, fixture("phq-9"));
		services.answerJson("POST", SCREENINGS, 201, RESULT.formatted(12, "moderate", "false", ""));
		String key = hidden(this.mvc.perform(get("/check/phq-9")).andReturn().getResponse().getContentAsString(),
				"idempotencyKey");

		this.mvc.perform(phq9Answers("1", key).param("sex", "female").param("ageBand", "26-34"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"));

		StubServices.Request request = services.requests("POST", SCREENINGS).getFirst();
		assertThat(request.headers().getFirst("Idempotency-Key")).isEqualTo(key);
		assertThat(request.authorization()).isNull();
		JsonNode body = JsonMapper.shared().readTree(request.body());
		assertThat(body.get("instrument").asString()).isEqualTo("phq-9");
		assertThat(body.get("mode").asString()).isEqualTo("self");
		assertThat(body.get("answers").size()).isEqualTo(10);
		assertThat(body.get("answers").get("9").asString()).isEqualTo("LA6569-3");
		assertThat(body.get("answers").get("1").asString()).isEqualTo("LA6568-5");
		assertThat(body.get("respondent").get("sex").asString()).isEqualTo("female");
		assertThat(body.get("respondent").get("ageBand").asString()).isEqualTo("26-34");
		assertThat(body.get("contact").isNull()).isTrue();
		assertThat(body.get("skippedAnswers").asString()).isEqualTo("ignore");
	}

	@Test
	void aCrisisResultShowsTheCrisisPanelBeforeTheScore() throws Exception {
		services.answerJson(PHQ9, fixture("phq-9"));
		services.answerJson("POST", SCREENINGS, 201, RESULT.formatted(1, "minimal", "true", CRISIS_PANEL));

		String html = this.mvc.perform(phq9Answers("1", CheckForm.newKey()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String main = html.substring(html.indexOf("<main"));
		int panel = main.indexOf("role=\"alert\"");
		assertThat(panel).isPositive().isLessThan(main.indexOf("You scored 1"));
		assertThat(main.indexOf("href=\"tel:988\"")).isLessThan(main.indexOf("<h1"));
		assertThat(main.substring(0, main.indexOf("<h1"))).contains("href=\"sms:988\"", "href=\"tel:911\"",
				"Please talk to someone now.");
		assertThat(html).contains("CP-7K3M", "keep this code if you talk to us".substring(1),
				"A screening is not a diagnosis", "href=\"/learn/understanding-depression\"");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void aResultWithoutCrisisHasNoPanelAtTheTopButTheFooterStillHas988() throws Exception {
		services.answerJson(PHQ9, fixture("phq-9"));
		services.answerJson("POST", SCREENINGS, 201, RESULT.formatted(12, "moderate", "false", ""));

		String html = this.mvc.perform(phq9Answers("0", CheckForm.newKey()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
		assertThat(main).doesNotContain("role=\"alert\"");
		assertThat(main.substring(0, main.indexOf("<h1"))).doesNotContain("988");
		assertThat(html).contains("You scored 12", "moderate", "Talk with a counselor this week.",
				"Your answers suggest moderate symptoms of depression.", "CP-7K3M", "data-check-complete=\"phq-9\"");
		assertThat(html.substring(html.indexOf("<footer"))).contains("href=\"tel:988\"");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void answersTheServiceRejectsAreNamedNextToTheirQuestionsAndTheOtherAnswersStayChosen() throws Exception {
		services.answerJson(PHQ9, fixture("phq-9"));
		services.answerProblem("POST", SCREENINGS, 400, """
				{"type":"urn:carepath:problem:invalid-answers","title":"Invalid answers","status":400,
				 "errors":[{"field":"answers.3","linkId":"3","message":"is required"},
				           {"field":"answers.7","linkId":"7","message":"is not one of the options"}]}""");
		String key = CheckForm.newKey();

		String html = this.mvc
			.perform(post("/check/phq-9").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("_csrf", "t")
				.param("idempotencyKey", key)
				.param("answer.1", "LA6569-3")
				.param("answer.2", "LA6570-1")
				.param("sex", "male"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<title>Error: PHQ-9 (depression) — CarePath Counseling</title>",
				"There is a problem", "<a href=\"#q-3-0\">Question 3: is required</a>",
				"<a href=\"#q-7-0\">Question 7: is not one of the options</a>");
		assertThat(html).containsPattern(
				"id=\"q-3-error\">\\s*<span class=\"error-prefix\">Error:</span>\\s*<span>is required</span>");
		assertThat(html.replaceAll("\\s+", " "))
			.contains("<fieldset class=\"question field-invalid\" id=\"q-3\" aria-describedby=\"q-3-error\"");
		assertThat(html.replaceAll("\\s+", " ")).contains("id=\"q-1-1\" name=\"answer.1\" value=\"LA6569-3\" checked");
		assertThat(html.replaceAll("\\s+", " ")).contains("id=\"q-2-2\" name=\"answer.2\" value=\"LA6570-1\" checked");
		assertThat(html.replaceAll("\\s+", " ")).contains("id=\"sex-male\" name=\"sex\" value=\"male\" checked");
		assertThat(Html.count(html, "\" checked")).isEqualTo(3);
		assertThat(hidden(html, "idempotencyKey")).isNotEqualTo(key);
		Html.assertAccessibleLayout(html);
	}

	@Test
	void crafftWithNoDaysSendsEveryAnswerGivenAndLeavesTheSkipRuleToIntake() throws Exception {
		services.answerJson(CRAFFT, fixture("crafft-2.1"));
		services.answerJson("POST", SCREENINGS, 201, RESULT.formatted(0, "low", "false", ""));

		MockHttpServletRequestBuilder request = post("/check/crafft-2.1")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("idempotencyKey", CheckForm.newKey())
			.param("answer.alcohol-days", "0")
			.param("answer.cannabis-days", "0")
			.param("answer.other-days", "0");
		for (String linkId : new String[] { "car", "relax", "alone", "forget", "family-friends", "trouble" }) {
			request.param("answer." + linkId, "LA32-8");
		}
		this.mvc.perform(request).andExpect(status().isOk());

		// Part B's enableWhen is not met, but only intake evaluates it: the portal sends
		// what was answered and asks intake to drop the answers to items that do not
		// apply.
		JsonNode body = JsonMapper.shared().readTree(services.requests("POST", SCREENINGS).getFirst().body());
		assertThat(body.get("skippedAnswers").asString()).isEqualTo("ignore");
		JsonNode answers = body.get("answers");
		assertThat(answers.propertyNames()).containsExactlyInAnyOrder("alcohol-days", "cannabis-days", "other-days",
				"car", "relax", "alone", "forget", "family-friends", "trouble");
		assertThat(answers.get("alcohol-days").isIntegralNumber()).isTrue();
		assertThat(answers.get("relax").asString()).isEqualTo("LA32-8");
	}

	@Test
	void aNumberBoxWithSomethingElseIsReportedWithEveryOtherProblemOfTheFormAtOnceInFormOrder() throws Exception {
		services.answerJson(CRAFFT, fixture("crafft-2.1"));
		// Intake owns the rules: it refuses what was typed with every other problem at
		// once, in questionnaire order, and stores nothing.
		services.answerProblem("POST", SCREENINGS, 400,
				"""
						{"type":"urn:carepath:problem:invalid-answers","title":"Invalid answers","status":400,
						 "errors":[{"field":"answers.alcohol-days","linkId":"alcohol-days","reason":"not-an-integer","message":"must be a whole number"},
						           {"field":"answers.cannabis-days","linkId":"cannabis-days","reason":"missing","message":"required, but not answered"},
						           {"field":"answers.other-days","linkId":"other-days","reason":"missing","message":"required, but not answered"},
						           {"field":"answers.car","linkId":"car","reason":"missing","message":"required, but not answered"}]}""");

		String html = this.mvc
			.perform(post("/check/crafft-2.1").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("answer.alcohol-days", "lots"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String summary = html.substring(html.indexOf("error-summary"),
				html.indexOf("</ul>", html.indexOf("error-summary")));
		assertThat(summary).containsSubsequence("Question 1: must be a whole number",
				"Question 2: required, but not answered", "Question 3: required, but not answered",
				"Question 4: required, but not answered");
		assertThat(html).contains("value=\"lots\"");
		JsonNode sent = JsonMapper.shared().readTree(services.requests("POST", SCREENINGS).getFirst().body());
		assertThat(sent.get("answers").get("alcohol-days").asString()).isEqualTo("lots");
		assertThat(services.requests("POST", SCREENINGS)).hasSize(1);
	}

	@Test
	void theResultShowsTheScoreOnItsScaleNeverStaffShorthandAndSaysNotADiagnosisOnce() throws Exception {
		services.answerJson(PHQ9, fixture("phq-9"));
		services.answerJson("POST", SCREENINGS, 201,
				"""
						{"crisisPanel":{"statement":"Please talk to someone now.","contacts":[]},
						 "id":"4b1f","reference":"CP-7K3M","instrument":"phq-9","version":"1.0.0","score":1,"maxScore":27,
						 "band":"minimal","positive":false,"crisis":true,
						 "nextStep":{"code":"urgent-review","text":"A clinician will look at your answers as soon as the clinic is open."},
						 "review":{"clinicOpen":true,"text":"The clinic is open now: someone will look at your answers today, before 5:00 PM Eastern Time."},
						 "interpretation":"Your answers suggest few or no symptoms of depression. This is a screening, not a diagnosis: it estimates from your answers alone whether a closer look would help.",
						 "notes":["Item 9 (thoughts of being better off dead or of self-harm) answered \\"Several days\\": same-day clinician review, whatever the total."],
						 "resources":[],"relatedArticles":[]}""");

		String html = this.mvc.perform(phq9Answers("1", CheckForm.newKey()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String main = Html.text(html.substring(html.indexOf("<main"), html.indexOf("</main>")));
		assertThat(main).contains("You scored 1 of 27", "someone will look at your answers today, before 5:00 PM");
		assertThat(main).doesNotContainIgnoringCase("item 9").doesNotContainIgnoringCase("same-day clinician review");
		assertThat(Html.count(main, "not a diagnosis")).isEqualTo(1);
		Html.assertAccessibleLayout(html);
	}

	@Test
	void outsideOpeningHoursTheResultSaysWhenSomeoneWillLookAndThat988And911AreThereNow() throws Exception {
		services.answerJson(PHQ9, fixture("phq-9"));
		services.answerJson("POST", SCREENINGS, 201,
				"""
						{"id":"4b1f","reference":"CP-7K3M","instrument":"phq-9","version":"1.0.0","score":12,"maxScore":27,
						 "band":"moderate","positive":true,"crisis":false,
						 "nextStep":{"code":"brief-intervention","text":"A short, private conversation with a counselor."},
						 "review":{"clinicOpen":false,"nextOpening":"2025-06-16T09:00-04:00","text":"The clinic is closed now. Someone will look at your answers on Monday from 9:00 AM Eastern Time. If you need help before then, call or text 988 at any time, or call 911 in an emergency."},
						 "interpretation":"Moderate symptoms.","notes":[],"resources":[],"relatedArticles":[]}""");

		String html = this.mvc.perform(phq9Answers("0", CheckForm.newKey()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String next = html.substring(html.indexOf("id=\"next-title\""),
				html.indexOf("</section>", html.indexOf("id=\"next-title\"")));
		assertThat(Html.text(next)).contains("Someone will look at your answers on Monday from 9:00 AM");
		assertThat(next).contains("href=\"tel:988\"", "href=\"sms:988\"", "href=\"tel:911\"");
	}

	@Test
	void optionalQuestionsSayOptionalAndRequiredOnesDoNot() throws Exception {
		services.answerJson(PHQ9, fixture("phq-9"));

		String html = this.mvc.perform(get("/check/phq-9")).andReturn().getResponse().getContentAsString();

		String item10 = html.substring(html.indexOf("Question 10 of 10"),
				html.indexOf("</legend>", html.indexOf("Question 10 of 10")));
		String item1 = html.substring(html.indexOf("Question 1 of 10"),
				html.indexOf("</legend>", html.indexOf("Question 1 of 10")));
		assertThat(item10).contains("(optional)");
		assertThat(item1).doesNotContain("optional");
	}

	@Test
	void aSignedInPatientIsNotToldThatNoAccountIsNeeded() throws Exception {
		services.answerJson(PHQ9, fixture("phq-9"));

		String html = this.mvc.perform(get("/check/phq-9").with(signedInAs("pat", "Pat Patient", "patient")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).doesNotContain("No account, no name needed").contains("You are signed in");
		assertThat(this.mvc.perform(get("/check/phq-9")).andReturn().getResponse().getContentAsString())
			.contains("No account, no name needed");
	}

	@Test
	void onANarrowPhoneTheFirstQuestionFollowsTheTitleWithoutAWallOfTextAndTheHeaderIsCompact() throws Exception {
		// A markup and stylesheet check: the portal's tests have no browser (the e2e
		// module's PhoneLayoutIT measures it in Chromium at 390 x 844).
		services.answerJson(PHQ9, fixture("phq-9"));

		String html = this.mvc.perform(get("/check/phq-9")).andReturn().getResponse().getContentAsString();

		String beforeFirstQuestion = html.substring(html.indexOf("<h1"), html.indexOf("<fieldset class=\"question"));
		assertThat(Html.count(beforeFirstQuestion, "<p[\\s>]")).as("paragraphs between the title and question 1")
			.isLessThanOrEqualTo(3);
		assertThat(beforeFirstQuestion).contains("<details class=\"check-about\">");
		String css = this.mvc.perform(get("/css/portal.css")).andReturn().getResponse().getContentAsString();
		String phone = css.substring(css.indexOf("@media (max-width: 30rem)"));
		assertThat(phone).contains(".header-bar", ".crisis-box", ".brand");
	}

	@Test
	void anUnknownInstrumentIsTheNotFoundPage() throws Exception {
		String html = this.mvc.perform(get("/check/no-such-check"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("We can't find that page");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void whenTheIntakeServiceIsDownTheUnavailablePageStillShows988And911() throws Exception {
		services.answerJson(PHQ9, fixture("phq-9"));
		services.dropConnections(SCREENINGS);

		String html = this.mvc.perform(phq9Answers("0", CheckForm.newKey()))
			.andExpect(status().isServiceUnavailable())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("temporarily unavailable");
		assertThat(html.substring(html.indexOf("<main"), html.indexOf("</main>"))).contains("href=\"tel:988\"",
				"href=\"sms:988\"", "href=\"tel:911\"");
		Html.assertAccessibleLayout(html);
	}

	private static MockHttpServletRequestBuilder phq9Answers(String item9, String key) {
		MockHttpServletRequestBuilder request = post("/check/phq-9").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("_csrf", "t")
			.param("idempotencyKey", key);
		for (int i = 1; i <= 8; i++) {
			request.param("answer." + i, "LA6568-5");
		}
		request.param("answer.9", "0".equals(item9) ? "LA6568-5" : "LA6569-3");
		request.param("answer.10", "LA6572-7");
		return request;
	}

	private static String hidden(String html, String name) {
		Matcher matcher = Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"")
			.matcher(html);
		assertThat(matcher.find()).as("hidden field " + name).isTrue();
		return matcher.group(1);
	}

}
