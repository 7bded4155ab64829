package org.carepath.portal.check;

import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.carepath.portal.StubServices;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.portal.check.CheckFormPageTests.fixture;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The result page's optional "please contact me", and who intake is told the visitor is:
 * their own address for its per-visitor rate limit, and a signed-in patient's token so
 * the screening is theirs.
 */
class ContactAndForwardingTests extends PageTestSupport {

	private static final String ID = "0c9d8e7f-4444-4a5b-9c8d-0123456789ab";

	private static final String PHQ9 = "/api/intake/instruments/phq-9";

	private static final String SCREENINGS = "/api/intake/screenings";

	private static final String CONTACT = SCREENINGS + "/" + ID + "/contact";

	private static final String RESULT = """
			{%s"id":"%s","reference":"CP-7K3M","instrument":"phq-9","version":"1.0.0","score":1,"band":"minimal",
			 "positive":false,"crisis":%s,"nextStep":{"code":"urgent-review","text":"A clinician will review your answers today."},
			 "interpretation":"Few or no symptoms.","notes":[],"resources":[],"relatedArticles":[]}""";

	private static final String VISITOR = "203.0.113.7";

	@Test
	void anAnonymousSelfCheckGoesWithTheVisitorsAddressAndNoToken() throws Exception {
		answerPhq9(false);

		this.mvc.perform(phq9().with(fromAddress(VISITOR))).andExpect(status().isOk());

		StubServices.Request sent = services.requests("POST", SCREENINGS).getFirst();
		assertThat(sent.headers().getFirst("X-Forwarded-For")).isEqualTo(VISITOR);
		assertThat(sent.authorization()).isNull();
		assertThat(JsonMapper.shared().readTree(sent.body()).get("mode").asString()).isEqualTo("self");
	}

	@Test
	void aSignedInPatientsSelfCheckGoesWithTheirTokenSoItIsTheirs() throws Exception {
		answerPhq9(false);

		this.mvc.perform(phq9().with(signedInAs("pat", "Pat Patient", "patient")).with(fromAddress(VISITOR)))
			.andExpect(status().isOk());

		StubServices.Request sent = services.requests("POST", SCREENINGS).getFirst();
		assertThat(sent.authorization()).isEqualTo("Bearer token");
		assertThat(sent.headers().getFirst("X-Forwarded-For")).isEqualTo(VISITOR);
	}

	@Test
	void aStaffMemberTryingThePublicFormIsAVisitorWhoseTokenStaysInThePortal() throws Exception {
		answerPhq9(false);

		this.mvc.perform(phq9().with(signedInAs("intake", "Ivy Intake", "staff"))).andExpect(status().isOk());

		assertThat(services.requests("POST", SCREENINGS).getFirst().authorization()).isNull();
	}

	@Test
	void tooManySelfChecksFromOneAddressSaysWhenToTryAgainAndKeepsTheAnswers() throws Exception {
		services.answerJson(PHQ9, fixture("phq-9"));
		services.answerProblem("POST", SCREENINGS, 429, """
				{"type":"urn:carepath:problem:rate-limited","title":"Too many requests","status":429}""");

		String html = this.mvc.perform(phq9())
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Please try again in about 1 minute.");
		assertThat(html.replaceAll("\\s+", " ")).contains("name=\"answer.9\" value=\"LA6569-3\" checked");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void theResultOffersAnOptionalContactFormAfterTheCrisisPanel() throws Exception {
		answerPhq9(true);

		String html = this.mvc.perform(phq9())
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String main = html.substring(html.indexOf("<main"));
		assertThat(main.indexOf("crisis-alert")).isPositive()
			.isLessThan(main.indexOf("Would you like the clinic to contact you?"));
		assertThat(main).containsPattern(
				"<form id=\"contact-form\" class=\"contact-form\" method=\"post\" action=\"/check/contact\" novalidate>\\s*"
						+ "<input type=\"hidden\" name=\"_csrf\"[^>]*>\\s*<input type=\"hidden\" name=\"screeningId\" value=\""
						+ ID + "\">");
		assertThat(main).contains("<label for=\"contact-phone\">Phone number</label>",
				"<input type=\"checkbox\" id=\"contact-consent\" name=\"consent\" value=\"true\" aria-describedby=\"contact-consent-hint\">",
				"<label for=\"contact-consent\">Yes, the clinic may contact me</label>", "This is optional",
				"You can tell us to stop at any time.");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void askingToBeContactedSendsTheDetailsWithConsentAndTheVisitorsAddressThenThanks() throws Exception {
		services.answerJson("POST", CONTACT, 201,
				"{\"screeningId\":\"" + ID + "\",\"reference\":\"CP-7K3M\",\"recordedAt\":\"2025-06-10T10:00:00Z\"}");

		String thanks = this.mvc.perform(contact("Sam", " 555-0100 ", "", "true").with(fromAddress(VISITOR)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		StubServices.Request sent = services.requests("POST", CONTACT).getFirst();
		assertThat(sent.authorization()).isNull();
		assertThat(sent.headers().getFirst("X-Forwarded-For")).isEqualTo(VISITOR);
		JsonNode body = JsonMapper.shared().readTree(sent.body());
		assertThat(body).isEqualTo(JsonMapper.shared()
			.readTree("{\"name\":\"Sam\",\"phone\":\"555-0100\",\"email\":null,\"consentToContact\":true}"));

		assertThat(thanks).contains("<h1>Thank you</h1>", "role=\"status\"", "not watched around the clock");
		Html.assertAccessibleLayout(thanks);
	}

	@Test
	void withoutConsentOrAWayToReachThemNothingIsSentAndTheFormSaysWhy() throws Exception {
		String html = this.mvc.perform(contact("Sam", "", "", null))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(services.requests("POST", CONTACT)).isEmpty();
		assertThat(html).contains("<a href=\"#contact-phone\">Phone: Enter a phone number or an email address",
				"<a href=\"#contact-consent\">Consent: Tick the box if you agree", "value=\"Sam\"",
				"aria-describedby=\"contact-consent-hint contact-consent-error\"");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void intakesFieldErrorsAreShownNextToTheirFields() throws Exception {
		services.answerProblem("POST", CONTACT, 400, """
				{"type":"urn:carepath:problem:validation","status":400,
				 "errors":[{"field":"email","message":"is not an email address"}]}""");

		String html = this.mvc.perform(contact("", "", "sam@", "true"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<a href=\"#contact-email\">Email: is not an email address</a>",
				"id=\"contact-email-error\"");
	}

	@Test
	void withConsentEveryFieldIntakeRefusesIsShownAtOnceNextToItsFieldInFormOrder() throws Exception {
		// Intake lists a missing way to reach the person ("contact") last; the form puts
		// it
		// on the phone field, which comes first.
		services.answerProblem("POST", CONTACT, 400,
				"""
						{"type":"urn:carepath:problem:validation","status":400,
						 "errors":[{"field":"preferredTime","message":"must be morning, afternoon, evening or any"},
						           {"field":"contact","message":"a phone number or an email address is needed to contact you"}]}""");

		String html = this.mvc.perform(contact("Sam", "", "", "true").param("preferredTime", "midnight"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(services.requests("POST", CONTACT)).hasSize(1);
		assertThat(html).containsSubsequence(
				"<a href=\"#contact-phone\">Phone: a phone number or an email address is needed to contact you</a>",
				"<a href=\"#contact-time\">Best time: must be morning, afternoon, evening or any</a>");
		assertThat(html).contains("id=\"contact-phone-error\"", "id=\"contact-time-error\"");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void theContactFormUsesPhoneAndEmailFieldsBrowsersCanFillAndOffersABestTimeToCall() throws Exception {
		answerPhq9(false);

		String html = this.mvc.perform(phq9()).andReturn().getResponse().getContentAsString();

		assertThat(html.replaceAll("\\s+", " ")).contains(
				"<input type=\"tel\" id=\"contact-phone\" name=\"phone\" value=\"\" autocomplete=\"tel\"",
				"<input type=\"email\" id=\"contact-email\" name=\"email\" value=\"\" autocomplete=\"email\"",
				"autocomplete=\"given-name\"",
				"<label for=\"contact-time\">Best time to contact you (optional)</label>",
				"<select id=\"contact-time\" name=\"preferredTime\"",
				"<option value=\"evening\">Evening (after 5 PM)</option>");
	}

	@Test
	void theThankYouPageIsTheAnswerToThePostWithoutAnHttpSessionSoAnyPortalInstanceServesIt() throws Exception {
		services.answerJson("POST", CONTACT, 201,
				"{\"screeningId\":\"" + ID + "\",\"reference\":\"CP-7K3M\",\"recordedAt\":\"2025-06-10T10:00:00Z\"}");

		MvcResult posted = this.mvc.perform(contact("Sam", "555-0100", "", "true"))
			.andExpect(status().isOk())
			.andReturn();

		// Nothing kept between requests (no flash attributes, no session): with several
		// portal instances behind the gateway, the next request may reach another one.
		assertThat(posted.getRequest().getSession(false)).isNull();
		assertThat(posted.getFlashMap().isEmpty()).isTrue();
		assertThat(Html.text(posted.getResponse().getContentAsString())).contains("Thank you", "Name Sam",
				"Phone 555-0100", "CP-7K3M");
	}

	@Test
	void thePreferredTimeGoesToIntakeAndTheThankYouPageEchoesTheDetailsSoTheyCanBeCorrected() throws Exception {
		services.answerJson("POST", CONTACT, 201,
				"""
						{"screeningId":"%s","reference":"CP-7K3M","recordedAt":"2025-06-10T10:00:00Z",
						 "review":{"clinicOpen":false,"text":"The clinic is closed now. Someone will look at your answers on Monday from 9:00 AM Eastern Time."}}"""
					.formatted(ID));

		String thanks = this.mvc
			.perform(contact("Sam", "(201) 555-0123", "sam@example.org", "true").param("preferredTime", "evening"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		JsonNode body = JsonMapper.shared().readTree(services.requests("POST", CONTACT).getFirst().body());
		assertThat(body.get("preferredTime").asString()).isEqualTo("evening");
		assertThat(Html.text(thanks)).contains("We will contact you using", "Name Sam", "Phone (201) 555-0123",
				"Email sam@example.org", "Best time Evening (after 5 PM)", "Something wrong?", "CP-7K3M",
				"Someone will look at your answers on Monday from 9:00 AM");
		Html.assertAccessibleLayout(thanks);
	}

	@Test
	void askingTwiceSaysTheRequestIsAlreadyThere() throws Exception {
		services.answerProblem("POST", CONTACT, 409, "{\"type\":\"urn:carepath:problem:conflict\",\"status\":409}");

		String html = this.mvc.perform(contact("", "555-0100", "", "true"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains(ContactController.ALREADY_GIVEN).doesNotContain("<form id=\"contact-form\"");
	}

	@Test
	void tooManyRequestsSaysWhenToTryAgainAndKeepsTheForm() throws Exception {
		services.answerProblem("POST", CONTACT, 429, "{\"status\":429}");

		String html = this.mvc.perform(contact("", "555-0100", "", "true"))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Please try again in about 1 minute.", "value=\"555-0100\"", "id=\"contact-form\"");
	}

	@Test
	void aScreeningIdThatIsNotOneIsNotFound() throws Exception {
		this.mvc
			.perform(post("/check/contact").param("screeningId", "../../alerts")
				.param("phone", "1")
				.param("consent", "true"))
			.andExpect(status().isNotFound());
		assertThat(services.requests()).isEmpty();
	}

	private void answerPhq9(boolean crisis) {
		services.answerJson(PHQ9, fixture("phq-9"));
		String panel = crisis ? "\"crisisPanel\":{\"statement\":\"Please talk to someone now.\",\"contacts\":[]}," : "";
		services.answerJson("POST", SCREENINGS, 201, RESULT.formatted(panel, ID, crisis));
	}

	private static MockHttpServletRequestBuilder phq9() {
		MockHttpServletRequestBuilder request = post("/check/phq-9").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("_csrf", "t")
			.param("idempotencyKey", CheckForm.newKey());
		for (int i = 1; i <= 8; i++) {
			request.param("answer." + i, "LA6568-5");
		}
		return request.param("answer.9", "LA6569-3").param("answer.10", "LA6572-7");
	}

	private static MockHttpServletRequestBuilder contact(String name, String phone, String email, String consent) {
		MockHttpServletRequestBuilder request = post("/check/contact").param("_csrf", "t")
			.param("screeningId", ID)
			.param("name", name)
			.param("phone", phone)
			.param("email", email);
		return (consent != null) ? request.param("consent", consent) : request;
	}

	private static RequestPostProcessor fromAddress(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
