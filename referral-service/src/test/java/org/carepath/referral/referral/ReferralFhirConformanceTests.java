package org.carepath.referral.referral;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.FhirValidation;
import org.carepath.support.test.FhirValidation.AcceptedWarning;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The FHIR view of a referral, as {@code GET /api/referrals/{id}/fhir} serves it, passes
 * HL7's instance validator with no errors in every state it can be in
 * (docs/events.md#referral-in-fhir): requested, accepted, rejected with a reason, and
 * cancelled because the consent was revoked on the day it was signed, where the consent's
 * period starts and ends on the same day.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class ReferralFhirConformanceTests {

	static final String AUDIENCE = "carepath-referral";

	/**
	 * The warnings the validator still gives, and why each is acceptable. Anything else
	 * it warns about fails the test.
	 */
	static final List<AcceptedWarning> ACCEPTED = List.of(
			AcceptedWarning.of("CodeSystem is unknown and can't be validated: http://(loinc\\.org|snomed\\.info/sct)",
					"LOINC (the consent document category 59284-0) and SNOMED CT (the referral category 3457005)"
							+ " are not among the R4 core definitions and the tests have no terminology server, so"
							+ " these codes and their displays cannot be checked offline"),
			AcceptedWarning.of(
					"CodeSystem is unknown and can't be validated: (urn:carepath:|https://www\\.asam\\.org/)",
					"The reason categories and consented data elements are CarePath's own codes, and the ASAM"
							+ " Criteria publish no FHIR CodeSystem for their levels of care: there is nothing to look"
							+ " them up in"),
			AcceptedWarning.of("v3-ActCode#42CFRPart2\\).*'SecurityLabels'",
					"42CFRPart2 was added to HL7's ActCode after the R4 terminology snapshot the core definitions"
							+ " carry; current HL7 terminology and the DS4P guidance have it, and the binding is"
							+ " extensible (docs/part2-consent.md#security-labels)"),
			AcceptedWarning.of(
					"'Consent PolicyRule Codes'.*codes = http://terminology\\.hl7\\.org/CodeSystem/v3-ActCode#42CFRPart2",
					"HL7's consent policy codes name no rule for 42 CFR Part 2 and the binding is extensible, so the"
							+ " rule is HL7's ActCode for it; Consent.policy names the regulation by its URL as well"));

	static FhirValidation validator;

	@Autowired
	TestIssuer keycloak;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@BeforeAll
	static void validator() {
		validator = FhirValidation.r4();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("states")
	void theFhirViewPassesTheFhirValidator(String state, List<Step> after) throws Exception {
		UUID id = refer();
		for (Step step : after) {
			this.mvc.perform(step.request(id, this)).andExpect(status().isOk());
		}

		String bundle = this.mvc
			.perform(get("/api/referrals/{id}/fhir", id).header(HttpHeaders.AUTHORIZATION,
					"Bearer " + this.keycloak.token("intake", List.of("staff"), AUDIENCE)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/fhir+json"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		validator.assertValid(bundle, ACCEPTED);
	}

	@Test
	void aConsentRevokedOnTheDayItWasSignedHasAPeriodOfThatOneDay() throws Exception {
		UUID id = refer();
		this.mvc.perform(revokeToday().request(id, this)).andExpect(status().isOk());

		Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, fhir(id));

		Consent consent = bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(Consent.class::isInstance)
			.map(Consent.class::cast)
			.findFirst()
			.orElseThrow();
		Period period = consent.getProvision().getPeriod();
		assertThat(List.of(period.getStartElement().getValueAsString(), period.getEndElement().getValueAsString()))
			.containsExactly(ReferralRequests.TODAY.toString(), ReferralRequests.TODAY.toString());
		assertThat(consent.getText().getDivAsString()).contains("Revoked on " + ReferralRequests.TODAY);
	}

	static Stream<Arguments> states() {
		Step accept = partnerAnswers(Map.of("status", "accepted"));
		Step reject = partnerAnswers(Map.of("status", "rejected", "reason", "No places for this age group"));
		return Stream.of(Arguments.of("requested", List.of()), Arguments.of("accepted", List.of(accept)),
				Arguments.of("rejected with a reason", List.of(reject)), Arguments
					.of("accepted, then revoked on the day the consent was signed", List.of(accept, revokeToday())));
	}

	private String fhir(UUID id) throws Exception {
		return this.mvc
			.perform(get("/api/referrals/{id}/fhir", id).header(HttpHeaders.AUTHORIZATION,
					"Bearer " + this.keycloak.token("intake", List.of("staff"), AUDIENCE)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/fhir+json"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private UUID refer() throws Exception {
		String body = this.mvc
			.perform(post("/api/referrals")
				.header(HttpHeaders.AUTHORIZATION,
						"Bearer " + this.keycloak.token("clinician", List.of("staff", "clinician"), AUDIENCE))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(ReferralRequests.toHarbor(true, true))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(this.json.readTree(body).get("id").asString());
	}

	/** The consent revoked today, the day ReferralRequests signs it. */
	private static Step revokeToday() {
		return (id, test) -> post("/api/referrals/{id}/consent/revoke", id)
			.header(HttpHeaders.AUTHORIZATION,
					"Bearer " + test.keycloak.token("clinician", List.of("staff", "clinician"), AUDIENCE))
			.contentType(MediaType.APPLICATION_JSON)
			.content(test.json.writeValueAsString(Map.of("reason", "patient request", "requestedBy", "parent",
					"receivedOn", ReferralRequests.TODAY.toString())));
	}

	private static Step partnerAnswers(Map<String, Object> answer) {
		return (id, test) -> post("/api/referrals/{id}/status", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + test.keycloak.partnerToken("harbor", AUDIENCE))
			.contentType(MediaType.APPLICATION_JSON)
			.content(test.json.writeValueAsString(answer));
	}

	/** What happens to the referral after it was made. */
	@FunctionalInterface
	interface Step {

		MockHttpServletRequestBuilder request(UUID id, ReferralFhirConformanceTests test) throws Exception;

	}

}
