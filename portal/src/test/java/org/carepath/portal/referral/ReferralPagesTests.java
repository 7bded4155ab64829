package org.carepath.portal.referral;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.carepath.portal.StubServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The referral pages: suggestions and list, choosing a program, the consent form, the
 * detail and revocation.
 */
class ReferralPagesTests extends PageTestSupport {

	static final String SCREENING_ID = "0b5e1c7a-3f4d-4a2b-9c8e-7d6f5e4d3c21";

	static final String HARBOR_ID = "6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01";

	static final String CLOSED_ID = "6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a09";

	static final String REFERRAL_ID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";

	static final String SUGGESTION_ID = "c0ffee00-1111-4222-8333-444455556666";

	static final String CRISIS_SUGGESTION_ID = "c0ffee00-1111-4222-8333-444455550001";

	private static final String SCREENING_PATH = "/api/intake/screenings/" + SCREENING_ID;

	private static final String SCREENING = """
			{"id":"%s","reference":"CP-DAST7","instrument":"dast-10","version":"1.0","score":7,"band":"substantial",
			 "positive":true,"crisis":false,"openAlert":false,"status":"brief-intervention-done","completedAt":"2026-03-02T09:00:00Z",
			 "allowedTransitions":["referred","closed"],
			 "respondent":{"sex":"male","ageBand":"15-17"},"items":[{"linkId":"1","text":"Used drugs?","answer":"yes"}],
			 "contact":{"name":"Sam Rivera","phone":"555-0100","email":null,"consentToContact":true}}"""
		.formatted(SCREENING_ID);

	private static final String HARBOR = """
			{"id":"%s","partnerId":"harbor","name":"Harbor Youth & Family Outpatient",
			 "description":"Outpatient care for adolescents and their families.","acceptingReferrals":true,
			 "levelsOfCare":[{"edition":"3","code":"2.1","name":"Intensive outpatient services"}],
			 "services":["cbt","family-therapy"],"populations":["adolescents","young-adults"],"languages":["en","es"],
			 "address":{"street":"120 Harbor View Road","city":"Bayside","region":"MA","postalCode":"02100","country":"US"},
			 "intakeContact":{"phone":"555-0142","email":"intake@harbor.example.org"}}"""
		.formatted(HARBOR_ID);

	private static final String CLOSED_PROGRAM = """
			{"id":"%s","partnerId":"anchor","name":"Anchor Teen Program","acceptingReferrals":false,
			 "levelsOfCare":[{"edition":"3","code":"2.1","name":"Intensive outpatient services"}],
			 "services":["cbt"],"populations":["adolescents"],"languages":["en"],"intakeContact":{}}"""
		.formatted(CLOSED_ID);

	private static final String DETAILS = """
			{"id":"%s","screeningId":"%s","screeningReference":"CP-DAST7",
			 "program":{"id":"%s","partnerId":"harbor","name":"Harbor Youth & Family Outpatient"},
			 "levelOfCare":{"edition":"3","code":"2.1","name":"Intensive outpatient services"},
			 "reasonCategory":"youth-substance-use","status":"accepted",
			 "patient":{"name":"Sam Rivera","dateOfBirth":null,"phone":"555-0100","email":null,"preferredContact":"phone"},
			 "share":{"contact":true,"scores":true},
			 "scores":[{"instrument":"dast-10","version":"1.0","score":7,"band":"substantial","completedAt":"2026-03-02T09:00:00Z"}],
			 "consent":{"id":"d0d0d0d0-0000-4000-8000-000000000001","version":1,"status":"active","patientName":"Sam Rivera",
			   "discloser":"CarePath Counseling Clinic","informationDescription":"The level of care chosen for me and the reason for this referral.",
			   "elements":["level-of-care","reason-category","identity-and-contact","screening-scores"],
			   "recipientName":"Harbor Youth & Family Outpatient","purpose":"treatment-referral","expiresOn":"2027-03-01",
			   "expiryEvent":null,"signedBy":"Sam Rivera","signerRole":"patient","signedOn":"2026-03-02",
			   "recordedBy":"clinician","recordedAt":"2026-03-02T10:00:00Z","revocation":%s},
			 "history":[{"status":"requested","previousStatus":null,"changedBy":"clinician","changedByKind":"clinic",
			             "changedAt":"2026-03-02T10:00:00Z","effectiveOn":null,"reason":null},
			            {"status":"accepted","previousStatus":"requested","changedBy":"harbor","changedByKind":"partner",
			             "changedAt":"2026-03-02T10:05:00Z","effectiveOn":"2026-03-02","reason":"Intake call booked"}],
			 "requestedBy":"clinician","createdAt":"2026-03-02T10:00:00Z","updatedAt":"2026-03-02T10:05:00Z"}""";

	private static final String DISCLOSURES = """
			[{"id":"e0e0e0e0-0000-4000-8000-000000000001","disclosedAt":"2026-03-02T10:00:00Z",
			  "recipient":{"programId":"%s","partnerId":"harbor","name":"Harbor Youth & Family Outpatient"},
			  "elements":["level-of-care","reason-category"],
			  "dataDescription":"Treatment referral: level of care, reason category; with the 42 CFR part 2 notice and the consent reference.",
			  "purpose":"treatment-referral","consent":{"id":"d0d0d0d0-0000-4000-8000-000000000001","version":1},
			  "approvedBy":"clinician","eventId":"f0f0f0f0-0000-4000-8000-000000000001",
			  "eventType":"org.carepath.referral.requested.v1"}]"""
		.formatted(HARBOR_ID);

	/** The standard descriptions the referral service serves, for two share choices. */
	static final String NOTHING_MORE = "The level of care chosen for me and the reason for this referral.";

	static final String EVERYTHING = "The level of care chosen for me and the reason for this referral, my name and"
			+ " contact details (phone, email and how I prefer to be contacted), and my screening result (instrument,"
			+ " score and band, not my answers).";

	private static final String TERMS_PATH = "/api/referrals/consent-terms";

	/**
	 * {@code GET /api/referrals/consent-terms} as the referral service answers it, for a
	 * clinic of this name.
	 */
	static String consentTerms(String clinic, String description) {
		return """
				{"discloser":"%1$s",
				 "purposes":[{"code":"treatment-referral","label":"Treatment referral: so the program can assess the person and offer treatment"}],
				 "revocationStatement":"I understand that I may revoke this consent at any time, except to the extent that action has already been taken in reliance on it, by telling %1$s in writing, by email or in person. Revoking it stops further disclosures; it does not undo disclosures already made.",
				 "signatureMethod":"typed-e-signature",
				 "elements":[{"id":"level-of-care","label":"The level of care chosen","alwaysSent":true,"disclosed":true},
				             {"id":"reason-category","label":"The reason for the referral (a category, never notes)","alwaysSent":true,"disclosed":true},
				             {"id":"identity-and-contact","label":"Name and contact details (phone, email, how to reach them)","alwaysSent":false,"disclosed":false},
				             {"id":"screening-scores","label":"Screening result (instrument, score and band; never the answers)","alwaysSent":false,"disclosed":false}],
				 "description":"%2$s"}"""
			.formatted(clinic, description);
	}

	static String revocationStatement(String clinic) {
		return JsonMapper.shared().readTree(consentTerms(clinic, NOTHING_MORE)).get("revocationStatement").asString();
	}

	@BeforeEach
	void referralServiceServesTheConsentTerms() {
		services.answerJson(TERMS_PATH, consentTerms(CLINIC_NAME, NOTHING_MORE));
	}

	static JwtRequestPostProcessor clinician() {
		return signedInAs("clinician", "Clara Clinician", "staff", "clinician");
	}

	static JwtRequestPostProcessor intakeStaff() {
		return signedInAs("intake", "Ivan Intake", "staff");
	}

	private static String details(String revocation) {
		return DETAILS.formatted(REFERRAL_ID, SCREENING_ID, HARBOR_ID, revocation);
	}

	private void stubReferralList() {
		services.answerJson("/api/referrals/suggestions",
				"""
						[{"id":"%s","screeningId":"%s","screeningReference":"CP-CRI5","instrument":"phq-9","band":"mild",
						  "positive":false,"crisis":true,"completedAt":"2026-03-02T08:00:00Z","createdAt":"2026-03-02T08:00:01Z","status":"open"},
						 {"id":"%s","screeningId":"%s","screeningReference":"CP-DAST7","instrument":"dast-10","band":"substantial",
						  "positive":true,"crisis":false,"completedAt":"2026-03-02T09:00:00Z","createdAt":"2026-03-02T09:00:01Z","status":"open"}]"""
					.formatted(CRISIS_SUGGESTION_ID, "0b5e1c7a-3f4d-4a2b-9c8e-000000000009", SUGGESTION_ID,
							SCREENING_ID));
		services.answerJson("/api/referrals",
				"""
						[{"id":"%s","screeningReference":"CP-DAST7","program":{"id":"%s","partnerId":"harbor","name":"Harbor Youth & Family Outpatient"},
						  "levelOfCare":{"edition":"3","code":"2.1","name":"Intensive outpatient services"},"reasonCategory":"substance-use",
						  "status":"accepted","requestedBy":"clinician","createdAt":"2026-03-02T10:00:00Z","updatedAt":"2026-03-02T10:05:00Z"}]"""
					.formatted(REFERRAL_ID, HARBOR_ID));
	}

	/**
	 * The page's text as read aloud, without the spaces tags leave before punctuation.
	 */
	private static String words(String html) {
		return Html.text(html)
			.replace(" ,", ",")
			.replace(" .", ".")
			.replace(" ;", ";")
			.replace("( ", "(")
			.replace(" )", ")");
	}

	@Test
	void theListShowsSuggestionsCrisisFirstWithReferAndDismissThenReferralsWithTheirStatusInWords() throws Exception {
		stubReferralList();

		String html = this.mvc.perform(get("/staff/referrals").with(clinician()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String main = html.substring(html.indexOf("<main"));
		assertThat(main.indexOf("CP-CRI5")).isPositive().isLessThan(main.indexOf("CP-DAST7"));
		assertThat(main).contains("href=\"/staff/referrals/new?screening=" + SCREENING_ID + "\"",
				"action=\"/staff/referrals/suggestions/" + SUGGESTION_ID + "/dismiss\"",
				"href=\"/staff/referrals/" + REFERRAL_ID + "\"", "<span class=\"badge badge-crisis\">Crisis</span>");
		assertThat(main).containsPattern("/dismiss\">\\s*<input type=\"hidden\" name=\"_csrf\"");
		assertThat(words(main)).contains("Harbor Youth &amp; Family Outpatient", "2.1 Intensive outpatient services",
				"Accepted by the program", "March 2, 2026, 10:05 AM UTC");
		assertThat(html).contains("<script src=\"/js/referral-status.js\" defer></script>");
		assertThat(services.requests("GET", "/api/referrals").getFirst().authorization()).isEqualTo("Bearer token");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void theStatusFilterAsksTheReferralServiceForThatStatusOnly() throws Exception {
		stubReferralList();

		this.mvc.perform(get("/staff/referrals?status=accepted").with(intakeStaff())).andExpect(status().isOk());
		this.mvc.perform(get("/staff/referrals?status=nonsense").with(intakeStaff())).andExpect(status().isOk());

		assertThat(services.requests("GET", "/api/referrals")).extracting(request -> request.queryParam("status"))
			.containsExactly("accepted", null);
	}

	@Test
	void theStatusRefreshGivesEachReferralsCurrentStatusAsJson() throws Exception {
		stubReferralList();

		String json = this.mvc.perform(get("/staff/referrals/statuses").with(intakeStaff()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		JsonNode cell = JsonMapper.shared().readTree(json).get(0);
		assertThat(cell.get("id").asString()).isEqualTo(REFERRAL_ID);
		assertThat(cell.get("text").asString()).isEqualTo("Accepted by the program");
		assertThat(cell.get("updatedAt").asString()).isEqualTo("2026-03-02T10:05:00Z");
	}

	@Test
	void dismissingASuggestionPostsAsTheStaffMemberAndComesBackToTheList() throws Exception {
		services.answerJson("POST", "/api/referrals/suggestions/" + SUGGESTION_ID + "/dismiss", 204, "");

		this.mvc.perform(post("/staff/referrals/suggestions/" + SUGGESTION_ID + "/dismiss").with(intakeStaff()))
			.andExpect(redirectedUrl("/staff/referrals?done=dismissed"));

		assertThat(services.requests("POST", "/api/referrals/suggestions/" + SUGGESTION_ID + "/dismiss")
			.getFirst()
			.authorization()).isEqualTo("Bearer token");
	}

	@Test
	void staffWithoutTheClinicianRoleSeeTheListButCannotReferOrRevoke() throws Exception {
		stubReferralList();

		String html = this.mvc.perform(get("/staff/referrals").with(intakeStaff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("/staff/referrals/new").contains("Only clinicians can refer", "Dismiss");

		String refused = this.mvc.perform(get("/staff/referrals/new?screening=" + SCREENING_ID).with(intakeStaff()))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("This page isn't available for your account");
		this.mvc.perform(post("/staff/referrals/new").with(intakeStaff()).param("screening", SCREENING_ID))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/staff/referrals/" + REFERRAL_ID + "/revoke").with(intakeStaff())
				.param("reason", "asked")
				.param("confirm", "yes"))
			.andExpect(status().isForbidden());
		assertThat(services.requests()).noneMatch(request -> request.method().equals("POST"))
			.noneMatch(request -> request.path().startsWith("/api/intake/screenings"));
	}

	@Test
	void choosingALevelListsTheProgramsOfferingItToThatPopulationAcceptingOnesFirst() throws Exception {
		services.answerJson(SCREENING_PATH, SCREENING);
		services.answerJson("/api/referrals/programs", "[" + CLOSED_PROGRAM + "," + HARBOR + "]");

		String html = this.mvc
			.perform(get("/staff/referrals/new").with(clinician())
				.param("screening", SCREENING_ID)
				.param("level", "2.1")
				.param("population", "adolescents"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		StubServices.Request query = services.requests("GET", "/api/referrals/programs").getFirst();
		assertThat(query.queryParam("level")).isEqualTo("2.1");
		assertThat(query.queryParam("edition")).isEqualTo("3");
		assertThat(query.queryParam("population")).isEqualTo("adolescents");
		String main = html.substring(html.indexOf("<main"));
		assertThat(main.indexOf("Harbor Youth")).isPositive().isLessThan(main.indexOf("Anchor Teen Program"));
		assertThat(words(main)).contains("Cognitive behavioural therapy (CBT), Family therapy", "English, Spanish",
				"120 Harbor View Road, Bayside, MA 02100, US", "555-0142", "Not accepting new referrals");
		assertThat(main).contains("program=" + HARBOR_ID).doesNotContain("program=" + CLOSED_ID);
		assertThat(main)
			.contains("<option value=\"2.1\" selected=\"selected\">2.1 Intensive outpatient services</option>");
		StubServices.Request read = services.requests("GET", SCREENING_PATH).getFirst();
		assertThat(read.headers().getFirst("X-Access-Reason")).isEqualTo("referral");
		assertThat(read.authorization()).isEqualTo("Bearer token");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void withoutALevelThePageAsksForOneAndSuggestsThePopulationFromTheAgeBand() throws Exception {
		services.answerJson(SCREENING_PATH, SCREENING);

		String html = this.mvc.perform(get("/staff/referrals/new").with(clinician()).param("screening", SCREENING_ID))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(services.requests("GET", "/api/referrals/programs")).isEmpty();
		assertThat(html).contains("<option value=\"adolescents\" selected=\"selected\">", "<label for=\"level\">");
	}

	@Test
	void theConsentFormShowsEveryElementWithTheClinicsTextAndThePersonsContactPrefilled() throws Exception {
		services.answerJson(SCREENING_PATH, SCREENING);
		services.answerJson("/api/referrals/programs/" + HARBOR_ID, HARBOR);

		String html = consentForm();

		String text = words(html);
		assertThat(text).contains("Who may disclose", CLINIC_NAME, "What information", "Recipient",
				"Harbor Youth &amp; Family Outpatient", "Purpose", "Treatment referral", "The right to revoke",
				"it does not undo disclosures already made", "Expiry", "Signature", "Date signed",
				"2.1 Intensive outpatient services (ASAM 3rd edition)");
		assertThat(html).contains("value=\"Sam Rivera\"", "value=\"555-0100\"",
				"id=\"preferred-phone\" value=\"phone\" checked=\"checked\"",
				"id=\"element-level-of-care\" value=\"level-of-care\" checked=\"checked\"",
				"id=\"element-identity-and-contact\" value=\"identity-and-contact\">",
				"id=\"share-contact-no\" value=\"no\" checked=\"checked\"",
				"value=\"" + LocalDate.now(ZoneOffset.UTC) + "\"", "name=\"_csrf\"",
				"<legend>The patient agrees to share</legend>",
				"<label for=\"typed-signature\">Electronic signature</label>",
				"id=\"reason-substance-use\" value=\"substance-use\" checked=\"checked\"");
		assertThat(html).contains(NOTHING_MORE, "name=\"prefilledDescription\" value=\"" + NOTHING_MORE + "\"");
		// Who may disclose is the clinic's name as the referral service has it, not the
		// default.
		assertThat(html).contains("<p id=\"discloser\" tabindex=\"-1\">" + CLINIC_NAME + "</p>");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void theConsentTextsComeFromTheReferralServiceWhateverClinicThePortalIsConfiguredFor() throws Exception {
		String lakeside = "Lakeside Recovery Center";
		services.answerJson(TERMS_PATH, consentTerms(lakeside, NOTHING_MORE));
		services.answerJson(SCREENING_PATH, SCREENING);
		services.answerJson("/api/referrals/programs/" + HARBOR_ID, HARBOR);

		String html = consentForm();

		assertThat(html)
			.contains(revocationStatement(lakeside), "<p id=\"discloser\" tabindex=\"-1\">" + lakeside + "</p>")
			// Nothing of the consent is the portal's own configuration.
			.doesNotContain(CLINIC_NAME);

		services.answerJson("POST", "/api/referrals", 201, details("null"));
		services.answerJson("POST", SCREENING_PATH + "/status", 200, "{}");
		this.mvc.perform(completeForm().with(clinician()))
			.andExpect(redirectedUrl("/staff/referrals/" + REFERRAL_ID + "?done=referred"));
		JsonNode consent = JsonMapper.shared()
			.readTree(services.requests("POST", "/api/referrals").getFirst().body())
			.get("consent");
		// What the patient was shown is what is signed.
		assertThat(consent.get("discloser").asString()).isEqualTo(lakeside);
		assertThat(consent.get("revocationStatement").asString()).isEqualTo(revocationStatement(lakeside));
	}

	@Test
	void theFormCarriesAKeySoThatPostingItTwiceIsOneReferralAtTheService() throws Exception {
		services.answerJson(TERMS_PATH, consentTerms(CLINIC_NAME, NOTHING_MORE));
		services.answerJson(SCREENING_PATH, SCREENING);
		services.answerJson("/api/referrals/programs/" + HARBOR_ID, HARBOR);
		String key = formKey();
		assertThat(formKey()).as("each rendering of the form is a new referral").isNotEqualTo(key);

		services.answerJson("POST", "/api/referrals", 201, details("null"));
		services.answerJson("POST", SCREENING_PATH + "/status", 200, "{}");
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(completeForm("idempotencyKey", key).with(clinician()))
				.andExpect(redirectedUrl("/staff/referrals/" + REFERRAL_ID + "?done=referred"));
		}

		assertThat(services.requests("POST", "/api/referrals"))
			.extracting(request -> request.headers().getFirst("Idempotency-Key"))
			.containsExactly(key, key);
	}

	private String formKey() throws Exception {
		String html = consentForm();
		Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"").matcher(html);
		assertThat(key.find()).as("the form's key field").isTrue();
		return key.group(1);
	}

	/**
	 * The form as a clinician fills it in completely; {@code overrides} are name, value
	 * pairs replacing fields.
	 */
	private static MockHttpServletRequestBuilder completeForm(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", "t");
		fields.put("screening", SCREENING_ID);
		fields.put("level", "2.1");
		fields.put("population", "adolescents");
		fields.put("program", HARBOR_ID);
		fields.put("reasonCategory", "youth-substance-use");
		fields.put("shareContact", "yes");
		fields.put("shareScores", "yes");
		fields.put("patientName", "Sam Rivera");
		fields.put("patientPhone", "555-0100");
		fields.put("preferredContact", "phone");
		fields.put("informationDescription", NOTHING_MORE);
		fields.put("prefilledDescription", NOTHING_MORE);
		fields.put("expiresOn", "2099-01-31");
		fields.put("expiryEvent", "");
		fields.put("signerRole", "patient");
		fields.put("signedBy", "Sam Rivera");
		fields.put("typedSignature", "Sam Rivera");
		fields.put("signedOn", LocalDate.now(ZoneOffset.UTC).toString());
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/staff/referrals/new").param("elements", "level-of-care",
				"reason-category", "identity-and-contact", "screening-scores");
		fields.forEach(request::param);
		return request;
	}

	@Test
	void aCompleteConsentGoesToTheReferralServiceAndTheClinicianSeesTheNewReferral() throws Exception {
		services.answerJson(SCREENING_PATH, SCREENING);
		services.answerJson("/api/referrals/programs/" + HARBOR_ID, HARBOR);
		services.answerJson("POST", "/api/referrals", 201, details("null"));
		services.answerJson(TERMS_PATH, consentTerms(CLINIC_NAME, EVERYTHING));

		// The form as shown for these choices: the standard description for them.
		this.mvc
			.perform(completeForm("informationDescription", EVERYTHING, "prefilledDescription", EVERYTHING)
				.with(clinician()))
			.andExpect(redirectedUrl("/staff/referrals/" + REFERRAL_ID + "?done=referred"));

		// Intake links the referral from the referral service's event: nothing is written
		// to it from here.
		assertThat(services.requests()).noneMatch(
				request -> request.method().equals("POST") && request.path().startsWith("/api/intake/screenings"));
		StubServices.Request sent = services.requests("POST", "/api/referrals").getFirst();
		assertThat(sent.authorization()).isEqualTo("Bearer token");
		JsonNode body = JsonMapper.shared().readTree(sent.body());
		assertThat(body.get("screeningId").asString()).isEqualTo(SCREENING_ID);
		assertThat(body.get("screeningReference").asString()).isEqualTo("CP-DAST7");
		assertThat(body.get("levelOfCare"))
			.isEqualTo(JsonMapper.shared().readTree("{\"edition\":\"3\",\"code\":\"2.1\"}"));
		assertThat(body.get("share")).isEqualTo(JsonMapper.shared().readTree("{\"contact\":true,\"scores\":true}"));
		assertThat(body.at("/scores/0/score").asInt()).isEqualTo(7);
		assertThat(body.at("/scores/0/band").asString()).isEqualTo("substantial");
		assertThat(body.at("/patient/name").asString()).isEqualTo("Sam Rivera");
		JsonNode consent = body.get("consent");
		assertThat(consent.get("patientName").asString()).isEqualTo("Sam Rivera");
		assertThat(consent.get("discloser").asString()).isEqualTo(CLINIC_NAME);
		assertThat(consent.at("/recipient/programId").asString()).isEqualTo(HARBOR_ID);
		assertThat(consent.at("/recipient/name").asString()).isEqualTo("Harbor Youth & Family Outpatient");
		assertThat(consent.get("purpose").asString()).isEqualTo("treatment-referral");
		assertThat(consent.get("revocationStatement").asString()).isEqualTo(revocationStatement(CLINIC_NAME));
		assertThat(consent.get("expiresOn").asString()).isEqualTo("2099-01-31");
		assertThat(consent.at("/signature/method").asString()).isEqualTo("typed-e-signature");
		assertThat(consent.at("/signature/typedSignature").asString()).isEqualTo("Sam Rivera");
		assertThat(consent.at("/information/description").asString()).isEqualTo(EVERYTHING);
		StubServices.Request terms = services.requests("GET", TERMS_PATH).getLast();
		assertThat(terms.queryParam("sharesContact")).isEqualTo("true");
		assertThat(terms.queryParam("sharesScores")).isEqualTo("true");
		assertThat(consent.at("/information/elements")).hasSize(4);
	}

	@Test
	void makingAReferralNeverWritesToIntakeWhateverTheScreeningsStatus() throws Exception {
		for (String screening : List.of(SCREENING,
				SCREENING.replace("\"status\":\"brief-intervention-done\"", "\"status\":\"in-review\"")
					.replace("[\"referred\",\"closed\"]", "[\"brief-intervention-done\",\"closed\"]"))) {
			services.answerJson(SCREENING_PATH, screening);
			services.answerJson("/api/referrals/programs/" + HARBOR_ID, HARBOR);
			services.answerJson("POST", "/api/referrals", 201, details("null"));

			this.mvc.perform(completeForm().with(clinician()))
				.andExpect(redirectedUrl("/staff/referrals/" + REFERRAL_ID + "?done=referred"));
		}

		assertThat(services.requests("POST", "/api/referrals")).hasSize(2);
		assertThat(services.requests("POST", SCREENING_PATH + "/status")).isEmpty();
	}

	@Test
	void aRefusedConsentNamesEachFailingElementAtItsFieldAndKeepsEverythingTyped() throws Exception {
		services.answerJson(SCREENING_PATH, SCREENING);
		services.answerJson("/api/referrals/programs/" + HARBOR_ID, HARBOR);
		services.answerProblem("POST", "/api/referrals", 422,
				"""
						{"type":"urn:carepath:problem:consent-invalid","title":"Consent invalid","status":422,
						 "detail":"The consent does not allow this disclosure. Nothing was stored or sent.",
						 "errors":[{"element":"signature","field":"consent.signature.typedSignature","message":"must match the name of who signed"},
						           {"element":"expiry","field":"consent.expiresOn","message":"an expiry date or an expiry event is required"},
						           {"element":"information","field":"consent.information.description","message":"a general release (\\"any and all information\\") is not valid; describe the information specifically"},
						           {"field":"patient.preferredContact","message":"required when contact details are shared"}]}""");

		String html = this.mvc
			.perform(completeForm("typedSignature", "S.R.", "expiresOn", "", "informationDescription",
					"Any and all information about me")
				.with(clinician()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains(
				"<title>Error: Refer CP-DAST7 to Harbor Youth &amp; Family Outpatient — CarePath Counseling</title>",
				"<a href=\"#typed-signature\">8. Typed signature: must match the name of who signed</a>",
				"<a href=\"#expires-on\">7. Expiry: an expiry date or an expiry event is required</a>",
				"<a href=\"#information-description\">3. What information: a general release",
				"<a href=\"#preferred-contact\">Preferred contact: required when contact details are shared</a>",
				"id=\"typed-signature-error\"", "id=\"expires-on-error\"", "id=\"information-description-error\"",
				"aria-describedby=\"typed-signature-hint typed-signature-error\"");
		// Nothing typed is lost.
		assertThat(html).contains("value=\"S.R.\"", "Any and all information about me</textarea>",
				"id=\"share-scores-yes\" value=\"yes\" checked=\"checked\"", "value=\"555-0100\"",
				"id=\"element-screening-scores\" value=\"screening-scores\" checked=\"checked\"");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void anUnreadableDateIsAskedForAgainBeforeAnythingIsSent() throws Exception {
		services.answerJson(SCREENING_PATH, SCREENING);
		services.answerJson("/api/referrals/programs/" + HARBOR_ID, HARBOR);

		String html = this.mvc.perform(completeForm("signedOn", "yesterday").with(clinician()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(services.requests("POST", "/api/referrals")).isEmpty();
		assertThat(html).contains("<a href=\"#signed-on\">9. Date signed: Enter a date like", "value=\"yesterday\"");
	}

	@Test
	void theScreeningPageOffersCliniciansAReferralUntilTheScreeningIsReferredOrClosed() throws Exception {
		String link = "href=\"/staff/referrals/new?screening=" + SCREENING_ID + "\"";
		services.answerJson(SCREENING_PATH, SCREENING);
		assertThat(this.mvc.perform(get("/staff/screenings/" + SCREENING_ID).with(clinician()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(link, "Refer to a partner program");
		assertThat(this.mvc.perform(get("/staff/screenings/" + SCREENING_ID).with(intakeStaff()))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(link);

		services.answerJson(SCREENING_PATH, SCREENING.replace("brief-intervention-done", "referred"));
		assertThat(this.mvc.perform(get("/staff/screenings/" + SCREENING_ID).with(clinician()))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(link);
	}

	@Test
	void theDetailShowsTheStatusHistoryWithThePartnersAnswerTheConsentAndTheDisclosures() throws Exception {
		services.answerJson("/api/referrals/" + REFERRAL_ID, details("null"));
		services.answerJson("/api/referrals/" + REFERRAL_ID + "/disclosures", DISCLOSURES);

		String html = this.mvc.perform(get("/staff/referrals/" + REFERRAL_ID + "?done=referred").with(clinician()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String text = words(html);
		assertThat(text).contains("Current status: Accepted by the program", "harbor (the program)",
				"Name and contact details (phone, email, how to reach them)",
				"Treatment referral: so the program can assess the person and offer treatment", "Intake call booked",
				"clinician (clinic)", "Name and contact details: shared", "Screening result: shared",
				"Signed Sam Rivera (The patient), typed e-signature, on March 2, 2026", "Expires on March 1, 2027",
				"Accounting of disclosures: 1 disclosure", "Treatment referral: level of care, reason category",
				"d0d0d0d0-0000-4000-8000-000000000001, version 1", "Referral made.");
		assertThat(html).contains("action=\"/staff/referrals/" + REFERRAL_ID + "/revoke\"",
				"<label for=\"revoke-reason\">");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void staffWithoutTheClinicianRoleReadTheReferralWithoutTheRevokeForm() throws Exception {
		services.answerJson("/api/referrals/" + REFERRAL_ID, details("null"));
		services.answerJson("/api/referrals/" + REFERRAL_ID + "/disclosures", DISCLOSURES);

		String html = this.mvc.perform(get("/staff/referrals/" + REFERRAL_ID).with(intakeStaff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Disclosure history").doesNotContain("/revoke");
	}

	@Test
	void revokingAsksForConfirmationFirstThenRecordsItAndShowsTheReferral() throws Exception {
		services.answerJson("/api/referrals/" + REFERRAL_ID, details("null"));
		services.answerJson("POST", "/api/referrals/" + REFERRAL_ID + "/consent/revoke", 200, details("null"));

		String confirm = this.mvc
			.perform(post("/staff/referrals/" + REFERRAL_ID + "/revoke").with(clinician())
				.param("reason", "Phoned and asked to stop sharing")
				.param("requestedBy", "patient")
				.param("receivedOn", "2026-03-03"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(services.requests("POST", "/api/referrals/" + REFERRAL_ID + "/consent/revoke")).isEmpty();
		assertThat(confirm).contains("<h1>Revoke the consent for this referral?</h1>",
				"What was already disclosed cannot be recalled", "name=\"confirm\" value=\"yes\"",
				"name=\"reason\" value=\"Phoned and asked to stop sharing\"");
		Html.assertAccessibleLayout(confirm);

		this.mvc
			.perform(post("/staff/referrals/" + REFERRAL_ID + "/revoke").with(clinician())
				.param("reason", "Phoned and asked to stop sharing")
				.param("requestedBy", "patient")
				.param("receivedOn", "2026-03-03")
				.param("confirm", "yes"))
			.andExpect(redirectedUrl("/staff/referrals/" + REFERRAL_ID + "?done=revoked"));

		JsonNode sent = JsonMapper.shared()
			.readTree(services.requests("POST", "/api/referrals/" + REFERRAL_ID + "/consent/revoke").getFirst().body());
		assertThat(sent).isEqualTo(JsonMapper.shared()
			.readTree(
					"{\"reason\":\"Phoned and asked to stop sharing\",\"requestedBy\":\"patient\",\"receivedOn\":\"2026-03-03\"}"));
	}

	@Test
	void aRevocationWithoutAReasonIsAskedForAndNothingIsSent() throws Exception {
		services.answerJson("/api/referrals/" + REFERRAL_ID, details("null"));
		services.answerJson("/api/referrals/" + REFERRAL_ID + "/disclosures", DISCLOSURES);

		String html = this.mvc
			.perform(post("/staff/referrals/" + REFERRAL_ID + "/revoke").with(clinician())
				.param("reason", "  ")
				.param("confirm", "yes"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(services.requests("POST", "/api/referrals/" + REFERRAL_ID + "/consent/revoke")).isEmpty();
		assertThat(html).contains("<a href=\"#revoke-reason\">Reason: Write how the patient asked to revoke",
				"id=\"revoke-reason-error\"");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void aRevokedConsentSaysWhoRevokedItAndOffersNoForm() throws Exception {
		services.answerJson("/api/referrals/" + REFERRAL_ID,
				details("""
						{"revokedAt":"2026-03-03T12:00:00Z","revokedBy":"clinician","reason":"Phoned","requestedBy":"patient","receivedOn":"2026-03-03"}"""));
		services.answerJson("/api/referrals/" + REFERRAL_ID + "/disclosures", DISCLOSURES);

		String html = this.mvc.perform(get("/staff/referrals/" + REFERRAL_ID).with(clinician()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(words(html)).contains("Revoked on March 3, 2026, 12:00 PM UTC by clinician");
		assertThat(html).doesNotContain("/revoke\"");
	}

	/** The description the page shows the patient, as the browser would post it. */
	private static String shownDescription(String html) {
		Matcher textarea = Pattern
			.compile("<textarea id=\"information-description\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
			.matcher(html);
		assertThat(textarea.find()).as("the description's textarea").isTrue();
		return HtmlUtils.htmlUnescape(textarea.group(1));
	}

	/** The standard text the page was built with (its hidden field). */
	private static String shownPrefilled(String html) {
		Matcher hidden = Pattern.compile("name=\"prefilledDescription\" value=\"([^\"]*)\"").matcher(html);
		assertThat(hidden.find()).as("the hidden prefilled description").isTrue();
		return HtmlUtils.htmlUnescape(hidden.group(1));
	}

	/** The consent form for Harbor at level 2.1, as a clinician opens it. */
	private String consentForm() throws Exception {
		return this.mvc
			.perform(get("/staff/referrals/new").with(clinician())
				.param("screening", SCREENING_ID)
				.param("level", "2.1")
				.param("population", "adolescents")
				.param("program", HARBOR_ID))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String postedDescription() {
		return JsonMapper.shared()
			.readTree(services.requests("POST", "/api/referrals").getLast().body())
			.at("/consent/information/description")
			.asString();
	}

	@Test
	void theDescriptionThePatientReadsIsTheDescriptionPostedByteForByte() throws Exception {
		services.answerJson(SCREENING_PATH, SCREENING);
		services.answerJson("/api/referrals/programs/" + HARBOR_ID, HARBOR);
		services.answerJson("POST", "/api/referrals", 201, details("null"));
		String shown = shownDescription(consentForm());
		assertThat(shown).isEqualTo(NOTHING_MORE);

		// The clinician chooses to share contact and scores and, without a script, asks
		// for
		// the description of those choices: the page shows it, nothing is sent.
		services.answerJson(TERMS_PATH, consentTerms(CLINIC_NAME, EVERYTHING));
		String updated = this.mvc
			.perform(completeForm("informationDescription", shown, "prefilledDescription", shown, "refresh",
					"description")
				.with(clinician()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(services.requests("POST", "/api/referrals")).isEmpty();
		shown = shownDescription(updated);
		assertThat(shown).isEqualTo(EVERYTHING);
		StubServices.Request terms = services.requests("GET", TERMS_PATH).getLast();
		assertThat(terms.queryParam("sharesContact")).isEqualTo("true");
		assertThat(terms.queryParam("sharesScores")).isEqualTo("true");

		// Signed and sent as shown.
		this.mvc
			.perform(completeForm("informationDescription", shown, "prefilledDescription", shownPrefilled(updated))
				.with(clinician()))
			.andExpect(redirectedUrl("/staff/referrals/" + REFERRAL_ID + "?done=referred"));
		assertThat(postedDescription()).isEqualTo(shown);
	}

	@Test
	void aFormWhoseStandardDescriptionNoLongerFitsTheChoicesComesBackToBeReadAndIsNotSent() throws Exception {
		services.answerJson(SCREENING_PATH, SCREENING);
		services.answerJson("/api/referrals/programs/" + HARBOR_ID, HARBOR);
		services.answerJson(TERMS_PATH, consentTerms(CLINIC_NAME, EVERYTHING));

		// Shown for "share nothing more", posted with contact and scores shared.
		String html = this.mvc.perform(completeForm().with(clinician()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(services.requests("POST", "/api/referrals")).isEmpty();
		assertThat(shownDescription(html)).isEqualTo(EVERYTHING);
		assertThat(shownPrefilled(html)).isEqualTo(EVERYTHING);
		assertThat(html).contains("<a href=\"#information-description\">3. What information: "
				+ NewReferralController.READ_AGAIN + "</a>");
	}

	@Test
	void aDescriptionTheClinicianWroteIsSentExactlyAsWrittenWhateverTheChoices() throws Exception {
		services.answerJson(SCREENING_PATH, SCREENING);
		services.answerJson("/api/referrals/programs/" + HARBOR_ID, HARBOR);
		services.answerJson("POST", "/api/referrals", 201, details("null"));
		services.answerJson(TERMS_PATH, consentTerms(CLINIC_NAME, EVERYTHING));
		String written = "  My level of care,  why I am referred,\r\nmy phone number and my DAST-10 score.  ";

		this.mvc.perform(completeForm("informationDescription", written).with(clinician()))
			.andExpect(redirectedUrl("/staff/referrals/" + REFERRAL_ID + "?done=referred"));

		assertThat(postedDescription()).isEqualTo(written);
	}

	@Test
	void theFormsScriptGetsTheStandardDescriptionOfTheChoicesFromThePortal() throws Exception {
		services.answerJson(SCREENING_PATH, SCREENING);
		services.answerJson("/api/referrals/programs/" + HARBOR_ID, HARBOR);
		services.answerJson(TERMS_PATH, consentTerms(CLINIC_NAME, EVERYTHING));

		String json = this.mvc
			.perform(get("/staff/referrals/consent-description").with(clinician())
				.param("sharesContact", "true")
				.param("sharesScores", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(JsonMapper.shared().readTree(json).get("description").asString()).isEqualTo(EVERYTHING);
		StubServices.Request terms = services.requests("GET", TERMS_PATH).getLast();
		assertThat(terms.queryParam("sharesContact")).isEqualTo("true");
		assertThat(terms.queryParam("sharesScores")).isEqualTo("true");
		assertThat(consentForm()).contains("<script src=\"/js/referral-consent.js\" defer></script>",
				"data-description-source=\"/staff/referrals/consent-description\"");
	}

	@Test
	void consentErrorsAreSentencesWithoutCodesOrFieldPaths() throws Exception {
		services.answerJson(SCREENING_PATH, SCREENING);
		services.answerJson("/api/referrals/programs/" + HARBOR_ID, HARBOR);
		services.answerProblem("POST", "/api/referrals", 422,
				"""
						{"type":"urn:carepath:problem:consent-invalid","title":"Consent invalid","status":422,
						 "detail":"The consent does not allow this disclosure. Nothing was stored or sent.",
						 "errors":[{"field":"levelOfCare","message":"the ASAM edition and level code are required"},
						           {"field":"reasonCategory","message":"must be one of [alcohol-use, co-occurring-mental-health, substance-use, youth-substance-use]"},
						           {"element":"patient-name","field":"consent.patientName","message":"must be the name of the patient referred (patient.name)"},
						           {"element":"information","field":"consent.information.description","message":"must say in words everything the consent covers: not mentioned [screening-scores]"},
						           {"element":"information","field":"consent.information.elements","message":"the consent must cover everything that is sent: missing [identity-and-contact, screening-scores]"},
						           {"element":"signature","field":"consent.signature.signerRole","message":"must be one of [authorized-representative, guardian, parent, patient]"},
						           {"element":"date-signed","field":"consent.signedOn","message":"the date signed is required"}]}""");

		String html = this.mvc.perform(completeForm().with(clinician()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String text = words(html);
		assertThat(text).contains("The consent does not allow this disclosure. Nothing was stored or sent.",
				"Level of care: Choose a level of care", "Reason for the referral: Choose the reason for the referral",
				"1. Patient&#39;s name: must be the name of the patient referred",
				"it does not mention \u201CScreening result (instrument, score and band; never the answers)\u201D",
				"Not ticked: \u201CName and contact details (phone, email, how to reach them)\u201D and"
						+ " \u201CScreening result (instrument, score and band; never the answers)\u201D",
				"8. Signed as: Choose who is signing", "9. Date signed: Enter the date the consent was signed");
		List<String> messages = new java.util.ArrayList<>();
		Matcher errors = Pattern
			.compile("<(?:div class=\"error-summary\"|p class=\"field-error\")[^>]*>(.*?)</(?:div|p)>", Pattern.DOTALL)
			.matcher(html);
		while (errors.find()) {
			messages.add(Html.text(errors.group(1)));
		}
		assertThat(messages).isNotEmpty()
			.noneMatch(message -> message.contains("["))
			.noneMatch(message -> message.contains("identity-and-contact"))
			.noneMatch(message -> message.contains("patient.name"))
			.noneMatch(message -> message.contains("ASAM edition"))
			.noneMatch(message -> message.contains("the date signed"));
	}

	@Test
	void theDateSignedIsOneElementAskedForOnce() throws Exception {
		services.answerJson(SCREENING_PATH, SCREENING);
		services.answerJson("/api/referrals/programs/" + HARBOR_ID, HARBOR);

		String text = words(consentForm());

		assertThat(text).contains("Date signed Signed on").doesNotContain("Date signed Date signed");
	}

	@Test
	void aRevocationWithABadRequestedBySaysWhatIsWrongWithTheRevocationInPlainWords() throws Exception {
		services.answerJson("/api/referrals/" + REFERRAL_ID, details("null"));
		services.answerJson("/api/referrals/" + REFERRAL_ID + "/disclosures", DISCLOSURES);
		services.answerProblem("POST", "/api/referrals/" + REFERRAL_ID + "/consent/revoke", 422,
				"""
						{"type":"urn:carepath:problem:referral-invalid","title":"Referral invalid","status":422,
						 "detail":"The revocation cannot be recorded as requested. Nothing was changed.",
						 "errors":[{"field":"requestedBy","message":"must be one of [authorized-representative, guardian, parent, patient]"}]}""");

		String html = this.mvc
			.perform(post("/staff/referrals/" + REFERRAL_ID + "/revoke").with(clinician())
				.param("reason", "Phoned and asked to stop sharing")
				.param("requestedBy", "neighbour")
				.param("confirm", "yes"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String text = words(html);
		assertThat(text)
			.contains("The revocation cannot be recorded as requested. Nothing was changed.",
					"Requested by: Choose who asked to revoke: the patient, a parent, a legal guardian or an"
							+ " authorised representative")
			.doesNotContain("cannot be made", "[authorized-representative");
		assertThat(html).contains("id=\"revoke-requested-by-error\"");
	}

	@Test
	void theConsentShowsItsExpiryEventOnceAsSignedAndItsDatesInLongForm() throws Exception {
		services.answerJson("/api/referrals/" + REFERRAL_ID, details("null").replace("\"expiryEvent\":null",
				"\"expiryEvent\":\"When Harbor has completed the assessment\""));
		services.answerJson("/api/referrals/" + REFERRAL_ID + "/disclosures", DISCLOSURES);

		String text = words(this.mvc.perform(get("/staff/referrals/" + REFERRAL_ID).with(clinician()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(text)
			.contains("Expires on March 1, 2027", "Or ends at this event When Harbor has completed the assessment",
					"typed e-signature, on March 2, 2026", "March 2, 2026 Intake call booked")
			.doesNotContainIgnoringCase("when when")
			.doesNotContain("2027-03-01", "on 2026-03-02");
	}

}
