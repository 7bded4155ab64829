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
	void aNumberBoxWithSomethingElseIsAskedAgainWithoutCallingTheService() throws Exception {
		services.answerJson(CRAFFT, fixture("crafft-2.1"));

		String html = this.mvc
			.perform(post("/check/crafft-2.1").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("answer.alcohol-days", "lots"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Question 1: Enter a whole number, such as 0 or 12", "value=\"lots\"");
		assertThat(services.requests("POST", SCREENINGS)).isEmpty();
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
