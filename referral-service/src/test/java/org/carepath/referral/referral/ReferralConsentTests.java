package org.carepath.referral.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import org.carepath.referral.consent.ConsentTerms;
import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Making a referral through the consent gate, on a real PostgreSQL with real tokens: what
 * is stored, what is published (and validated against the published schema), and that a
 * refused consent stores and sends nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class ReferralConsentTests {

	@Autowired
	TestIssuer keycloak;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void emptyTables() {
		this.jdbc.sql(
				"truncate audit_event, disclosure, referral_status_change, referral_suggestion, referral_idempotency_key, referral, consent")
			.update();
		this.jdbc.sql("update program set accepting_referrals = true").update();
	}

	@Test
	void aConsentedReferralIsStoredLoggedAndPublishedOnce() throws Exception {
		String body = refer(ReferralRequests.toHarbor(true, true)).andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/referrals/")))
			.andExpect(jsonPath("$.status").value("requested"))
			.andExpect(jsonPath("$.program.partnerId").value("harbor"))
			.andExpect(jsonPath("$.levelOfCare.name").value("Intensive outpatient services"))
			.andExpect(jsonPath("$.consent.version").value(1))
			.andExpect(jsonPath("$.consent.status").value("active"))
			.andExpect(jsonPath("$.history[0].status").value("requested"))
			.andExpect(jsonPath("$.history[0].changedBy").value("clinician"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID id = UUID.fromString(this.json.readTree(body).get("id").asString());
		assertThat(count("referral")).isOne();
		assertThat(count("consent")).isOne();
		assertThat(count("referral_status_change")).isOne();

		List<ReferralRequested> published = this.events.stream(ReferralRequested.class).toList();
		assertThat(published).hasSize(1);
		ReferralRequested event = published.get(0);
		EventSchemas.assertValid(EventSchemas.REQUESTED, event, this.json);
		assertThat(event.referralId()).isEqualTo(id);
		assertThat(event.partnerId()).isEqualTo("harbor");
		assertThat(event.contact().phone()).isEqualTo("555-0123");
		assertThat(event.scores()).singleElement().satisfies(score -> assertThat(score.score()).isEqualTo(7));
		assertThat(event.notice()).isEqualTo(ReferralRequested.NOTICE);
		JsonNode data = this.json.readTree(this.json.writeValueAsString(event));
		assertThat(data.has("screeningId")).isFalse();
		assertThat(data.get("contact").has("dateOfBirth")).isFalse();

		Map<String, Object> disclosure = this.jdbc.sql("""
				select recipient_partner_id, purpose, consent_version, approved_by, event_id,
				    array_to_string(elements, ',') as elements from disclosure where referral_id = ?""")
			.param(id)
			.query()
			.singleRow();
		assertThat(disclosure).containsEntry("recipient_partner_id", "harbor")
			.containsEntry("purpose", "treatment-referral")
			.containsEntry("consent_version", 1)
			.containsEntry("approved_by", "clinician")
			.containsEntry("event_id", event.eventId());
		assertThat(((String) disclosure.get("elements")).split(",")).containsExactlyInAnyOrder("level-of-care",
				"reason-category", "identity-and-contact", "screening-scores");
	}

	@Test
	void theDescriptionIsStoredReturnedAndLoggedExactlyAsPostedByteForByte() throws Exception {
		// Spaces at either end, doubled spaces, a Windows line break (as a browser posts
		// a
		// textarea), typographic punctuation: nothing of it may be tidied away.
		String signed = "  My name & phone (555) \u2014 the level of care,\r\nthe reason for  referral; my screening"
				+ " score <7>.  ";
		Map<String, Object> body = ReferralRequests.toHarbor(true, true);
		information(body).put("description", signed);

		String created = refer(body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		JsonNode referral = this.json.readTree(created);
		UUID id = UUID.fromString(referral.get("id").asString());

		assertThat(referral.at("/consent/informationDescription").asString()).isEqualTo(signed);
		assertThat(this.jdbc.sql("select information_description from consent").query(String.class).single())
			.isEqualTo(signed);
		String read = this.mvc
			.perform(get("/api/referrals/" + id).header(HttpHeaders.AUTHORIZATION, bearer(clinician())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.json.readTree(read).at("/consent/informationDescription").asString()).isEqualTo(signed);
		String disclosures = this.mvc
			.perform(
					get("/api/referrals/" + id + "/disclosures").header(HttpHeaders.AUTHORIZATION, bearer(clinician())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.json.readTree(disclosures).at("/0/consentDescription").asString()).isEqualTo(signed);
		String fhir = this.mvc
			.perform(get("/api/referrals/" + id + "/fhir").header(HttpHeaders.AUTHORIZATION, bearer(clinician())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Consent consent = (Consent) FhirContext.forR4Cached()
			.newJsonParser()
			.parseResource(Bundle.class, fhir)
			.getEntry()
			.get(2)
			.getResource();
		assertThat(consent.getText().getDiv().getElement("p").allText()).isEqualTo(signed);
	}

	@Test
	void withoutConsentToShareContactAndScoresThePartnerGetsNeither() throws Exception {
		refer(ReferralRequests.toHarbor(false, false)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.share.contact").value(false));
		ReferralRequested event = this.events.stream(ReferralRequested.class).findFirst().orElseThrow();
		EventSchemas.assertValid(EventSchemas.REQUESTED, event, this.json);
		assertThat(event.contact()).isNull();
		assertThat(event.scores()).isNull();
		JsonNode data = this.json.readTree(this.json.writeValueAsString(event));
		assertThat(data.has("contact")).isFalse();
		assertThat(data.has("scores")).isFalse();
		assertThat(this.jdbc.sql("select array_to_string(elements, ',') from disclosure").query(String.class).single())
			.isEqualTo("level-of-care,reason-category");
	}

	@Test
	void theSchemaRefusesAFieldOutsideTheConsent() {
		Map<String, Object> data = new java.util.LinkedHashMap<>(Map.of("eventId", UUID.randomUUID().toString(),
				"referralId", UUID.randomUUID().toString(), "partnerId", "harbor", "levelOfCare",
				Map.of("edition", "3", "code", "2.1", "name", "Intensive outpatient services"), "reasonCategory",
				"substance-use", "consent",
				Map.of("reference", UUID.randomUUID().toString(), "version", 1, "expiresOn", "2026-09-01"), "notice",
				ReferralRequested.NOTICE, "requestedAt", "2026-03-01T10:00:00Z"));
		assertThat(EventSchemas.REQUESTED.validate(this.json.valueToTree(data))).isEmpty();
		data.put("screeningId", UUID.randomUUID().toString());
		assertThat(EventSchemas.REQUESTED.validate(this.json.valueToTree(data))).isNotEmpty();
	}

	@Test
	void aConsentWithoutSignatureIsRefusedNamingTheElementAndNothingIsStoredOrSent() throws Exception {
		Map<String, Object> body = ReferralRequests.toHarbor(true, false);
		ReferralRequests.consent(body).remove("signature");
		refused(body, "consent-invalid").andExpect(jsonPath("$.errors[*].element", hasItem("signature")));
	}

	@Test
	void aConsentNamingAnotherProgramIsTheWrongRecipient() throws Exception {
		Map<String, Object> body = ReferralRequests.toHarbor(true, false);
		ReferralRequests.consent(body)
			.put("recipient", Map.of("programId", ReferralRequests.SUMMIT, "name", ReferralRequests.HARBOR_NAME));
		refused(body, "consent-invalid")
			.andExpect(jsonPath("$.errors[*].field", hasItem("consent.recipient.programId")));
	}

	@Test
	void anExpiredConsentIsRefused() throws Exception {
		Map<String, Object> body = ReferralRequests.toHarbor(true, false);
		ReferralRequests.consent(body).put("expiresOn", ReferralRequests.TODAY.minusDays(1).toString());
		ReferralRequests.consent(body).put("signedOn", ReferralRequests.TODAY.minusDays(30).toString());
		refused(body, "consent-invalid").andExpect(jsonPath("$.errors[*].element", hasItem("expiry")));
	}

	@Test
	void aGeneralReleaseIsRefused() throws Exception {
		Map<String, Object> body = ReferralRequests.toHarbor(true, false);
		ReferralRequests.consent(body)
			.put("information", Map.of("description", "Any and all information", "elements",
					List.of("identity-and-contact", "level-of-care", "reason-category")));
		refused(body, "consent-invalid").andExpect(jsonPath("$.errors[*].element", hasItem("information")));
	}

	@Test
	void sharingContactNeedsAConsentThatCoversIt() throws Exception {
		Map<String, Object> body = ReferralRequests.toHarbor(true, false);
		ReferralRequests.consent(body)
			.put("information", Map.of("description", "The level of care chosen and the reason for referral",
					"elements", List.of("level-of-care", "reason-category")));
		refused(body, "consent-invalid")
			.andExpect(jsonPath("$.errors[*].field", hasItem("consent.information.elements")));
	}

	@Test
	void everyMissingElementIsListedAtOnce() throws Exception {
		Map<String, Object> body = ReferralRequests.toHarbor(true, false);
		body.put("consent", Map.of("purpose", "treatment-referral"));
		refused(body, "consent-invalid").andExpect(jsonPath("$.errors[*].element", containsInAnyOrder("patient-name",
				"discloser", "information", "recipient", "revocation", "expiry", "signature", "date-signed")));
	}

	@Test
	void aProgramThatIsNotAcceptingOrALevelItDoesNotOfferIsRefused() throws Exception {
		Map<String, Object> body = ReferralRequests.toHarbor(true, false);
		body.put("levelOfCare", Map.of("edition", "3", "code", "3.7"));
		refused(body, "referral-invalid").andExpect(jsonPath("$.errors[0].field").value("levelOfCare"));
		this.jdbc.sql("update program set accepting_referrals = false where partner_id = 'harbor'").update();
		refused(ReferralRequests.toHarbor(true, false), "referral-invalid")
			.andExpect(jsonPath("$.errors[0].field").value("programId"));
	}

	@Test
	void consentAndReferralProblemsAreReportedTogether() throws Exception {
		Map<String, Object> body = ReferralRequests.toHarbor(true, false);
		body.put("reasonCategory", "curiosity");
		ReferralRequests.consent(body).remove("signedOn");
		refused(body, "consent-invalid").andExpect(jsonPath("$.errors[*].field", hasItem("reasonCategory")))
			.andExpect(jsonPath("$.errors[*].element", hasItem("date-signed")));
	}

	@Test
	void aConsentNamingAnotherDiscloserThanThisClinicIsRefused() throws Exception {
		Map<String, Object> body = ReferralRequests.toHarbor(true, false);
		ReferralRequests.consent(body).put("discloser", "Harbor Youth & Family Outpatient");
		refused(body, "consent-invalid").andExpect(jsonPath("$.errors[*].element", contains("discloser")))
			.andExpect(jsonPath("$.errors[0].message").value("must be CarePath Counseling Clinic"));
	}

	@Test
	void whoMayDiscloseIsComparedWithoutRegardToCaseOrSpacing() throws Exception {
		Map<String, Object> body = ReferralRequests.toHarbor(true, false);
		ReferralRequests.consent(body).put("discloser", " carepath  counseling CLINIC ");
		refer(body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.consent.discloser").value("carepath  counseling CLINIC"));
	}

	/**
	 * A value no field may hold, so that it shows whether an answer repeats what was
	 * sent.
	 */
	static final String SENT = "Zebulon";

	static Stream<Arguments> inputTheColumnsCannotHold() {
		return Stream.of(
				arguments("screeningReference", "referral-invalid",
						set(body -> body.put("screeningReference", longer(SENT, 21)))),
				arguments("patient.name", "consent-invalid", set(body -> patient(body).put("name", longer(SENT, 201)))),
				arguments("patient.phone", "referral-invalid",
						set(body -> patient(body).put("phone", longer(SENT, 41)))),
				arguments("patient.email", "referral-invalid",
						set(body -> patient(body).put("email", longer(SENT, 250) + "@example.org"))),
				arguments("levelOfCare", "referral-invalid",
						set(body -> body.put("levelOfCare", Map.of("edition", "3", "code", SENT)))),
				arguments("scores[0].version", "referral-invalid",
						set(body -> body.put("scores",
								List.of(Map.of("instrument", "dast-10", "version", longer(SENT, 21), "score", 7, "band",
										"substantial"))))),
				arguments("scores[0].band", "referral-invalid",
						set(body -> body.put("scores",
								List.of(Map.of("instrument", "dast-10", "score", 7, "band", longer(SENT, 41)))))),
				arguments("consent.patientName", "consent-invalid",
						set(body -> ReferralRequests.consent(body).put("patientName", longer(SENT, 201)))),
				arguments("consent.discloser", "consent-invalid",
						set(body -> ReferralRequests.consent(body).put("discloser", longer(SENT, 201)))),
				// Equal to the clinic's name once spaces are collapsed, yet longer than
				// the column as stored.
				arguments("consent.discloser", "consent-invalid",
						set(body -> ReferralRequests.consent(body)
							.put("discloser", "CarePath" + " ".repeat(200) + "Counseling Clinic"))),
				arguments("consent.information.description", "consent-invalid",
						set(body -> information(body).put("description", longer("The level of care " + SENT, 2001)))),
				arguments("consent.information.elements", "consent-invalid", set(body -> elements(body).add(null))),
				arguments("consent.information.elements", "consent-invalid", set(body -> elements(body).add(SENT))),
				arguments("consent.recipient.name", "consent-invalid",
						set(body -> recipient(body).put("name", longer(SENT, 201)))),
				arguments("consent.revocationStatement", "consent-invalid",
						set(body -> ReferralRequests.consent(body)
							.put("revocationStatement",
									longer(ConsentTerms.revocationStatement("CarePath Counseling Clinic") + SENT,
											2001)))),
				arguments("consent.expiryEvent", "consent-invalid",
						set(body -> ReferralRequests.consent(body).put("expiryEvent", longer(SENT, 501)))),
				arguments("consent.signature.signedBy", "consent-invalid",
						set(body -> signature(body).put("signedBy", longer(SENT, 201)))),
				arguments("consent.signature.typedSignature", "consent-invalid",
						set(body -> signature(body).put("typedSignature", longer(SENT, 201)))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("inputTheColumnsCannotHold")
	void inputTheColumnsCannotHoldIsRefusedNamingTheFieldWithoutRepeatingItAndNothingIsStored(String field, String type,
			Consumer<Map<String, Object>> change) throws Exception {
		Map<String, Object> body = ReferralRequests.toHarbor(true, true);
		change.accept(body);
		refused(body, type).andExpect(jsonPath("$.errors[*].field", hasItem(field)))
			.andExpect(content().string(not(containsString(SENT))));
	}

	@Test
	void malformedJsonIsABadRequest() throws Exception {
		this.mvc
			.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, bearer(clinician()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"programId\": 42, \"share\": {\"contact\": \"maybe\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(count("referral")).isZero();
	}

	@Test
	void aRequestBreakingSeveralRulesListsEachFieldRatherThanFailing() throws Exception {
		refused(Map.of(), "consent-invalid").andExpect(jsonPath("$.errors[*].field",
				containsInAnyOrder("screeningId", "programId", "levelOfCare", "reasonCategory", "patient", "consent")));
	}

	@Test
	void aTextHoldingAControlCharacterIsABadRequestAndNothingIsStored() throws Exception {
		Map<String, Object> body = ReferralRequests.toHarbor(true, true);
		body.put("patient", Map.of("name", "Alex\u0000Rivera", "phone", "555-0123", "preferredContact", "phone"));
		refer(body).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString("Alex"))));
		assertThat(count("referral")).isZero();
		assertThat(count("consent")).isZero();
	}

	@Test
	void staffWithoutTheClinicianRoleCannotRefer() throws Exception {
		this.mvc
			.perform(post("/api/referrals")
				.header(HttpHeaders.AUTHORIZATION,
						bearer(this.keycloak.token("intake", List.of("staff"), "carepath-referral")))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(ReferralRequests.toHarbor(true, true))))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(count("referral")).isZero();
		assertThat(this.events.stream(ReferralRequested.class)).isEmpty();
	}

	private static Consumer<Map<String, Object>> set(Consumer<Map<String, Object>> change) {
		return change;
	}

	/** {@code text} repeated up to exactly {@code length} characters. */
	private static String longer(String text, int length) {
		return (text + " ").repeat(length / (text.length() + 1) + 1).substring(0, length);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> patient(Map<String, Object> body) {
		return (Map<String, Object>) body.get("patient");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> information(Map<String, Object> body) {
		return (Map<String, Object>) ReferralRequests.consent(body).get("information");
	}

	@SuppressWarnings("unchecked")
	private static List<String> elements(Map<String, Object> body) {
		List<String> elements = new ArrayList<>((List<String>) information(body).get("elements"));
		information(body).put("elements", elements);
		return elements;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> recipient(Map<String, Object> body) {
		return (Map<String, Object>) ReferralRequests.consent(body).get("recipient");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> signature(Map<String, Object> body) {
		return (Map<String, Object>) ReferralRequests.consent(body).get("signature");
	}

	private ResultActions refused(Map<String, Object> body, String type) throws Exception {
		ResultActions result = refer(body).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:" + type));
		assertThat(count("referral")).isZero();
		assertThat(count("consent")).isZero();
		assertThat(count("disclosure")).isZero();
		assertThat(this.events.stream(ReferralRequested.class)).isEmpty();
		return result;
	}

	private ResultActions refer(Map<String, Object> body) throws Exception {
		return this.mvc.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, bearer(clinician()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private String clinician() {
		return this.keycloak.token("clinician", List.of("staff", "clinician"), "carepath-referral");
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
