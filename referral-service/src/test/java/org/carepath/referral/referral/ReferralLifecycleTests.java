package org.carepath.referral.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.carepath.referral.consent.ConsentGate;
import org.carepath.referral.consent.Disclosure;
import org.carepath.referral.suggestion.ReferralSuggestions;
import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After the referral: the partner's inbox and answers (isolated per partner), revocation,
 * the staff views, the accounting of disclosures and the FHIR view.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class ReferralLifecycleTests {

	static final String AUDIENCE = "carepath-referral";

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

	@Autowired
	ConsentGate gate;

	@Autowired
	ReferralSuggestions suggestions;

	@Value("${carepath.clinic.name}")
	String clinicName;

	@BeforeEach
	void emptyTables() {
		this.jdbc.sql(
				"truncate audit_event, disclosure, referral_status_change, referral_suggestion, referral_idempotency_key, referral, consent")
			.update();
		this.jdbc.sql("update program set accepting_referrals = true").update();
	}

	@Test
	void aPartnerSeesOnlyItsOwnReferralsAndAnotherPartnersIdIsNotFound() throws Exception {
		UUID id = referToHarbor(true, true);
		this.mvc.perform(get("/api/referrals/inbox").header(HttpHeaders.AUTHORIZATION, partner("harbor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].referralId", contains(id.toString())))
			.andExpect(jsonPath("$[0].status").value("requested"));
		this.mvc.perform(get("/api/referrals/inbox/" + id).header(HttpHeaders.AUTHORIZATION, partner("harbor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.referral.contact.phone").value("555-0123"))
			.andExpect(jsonPath("$.referral.scores[0].band").value("substantial"))
			.andExpect(jsonPath("$.referral.notice").value(ReferralRequested.NOTICE))
			.andExpect(jsonPath("$.history[0].changedBy").value("clinic"));
		this.mvc.perform(get("/api/referrals/inbox").header(HttpHeaders.AUTHORIZATION, partner("summit")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/referrals/inbox/" + id).header(HttpHeaders.AUTHORIZATION, partner("summit")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		answer(id, "summit", Map.of("status", "accepted")).andExpect(status().isNotFound());
		this.mvc.perform(
				get("/api/referrals/inbox/" + UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, partner("harbor")))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from audit_event where actor = 'partner:harbor' and referral_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void theInboxListsOnlyWhatWasDisclosedAndLevelAndReasonOnlyWhileTheConsentStillPermitsIt() throws Exception {
		UUID active = referToHarbor(false, false);
		UUID revoked = referToHarbor(true, false);
		revoke(revoked).andExpect(status().isOk());
		UUID expired = referToHarbor(false, false);
		// A signed consent cannot be changed (trigger): lifted for this one update, as if
		// months had passed.
		this.jdbc
			.sql("""
					alter table consent disable trigger consent_immutable;
					update consent set signed_on = date '%s', expires_on = date '%s'
					    where id = (select consent_id from referral where id = '%s');
					alter table consent enable trigger consent_immutable"""
				.formatted(ReferralRequests.TODAY.minusMonths(7), ReferralRequests.TODAY.minusMonths(1), expired))
			.update();
		UUID withheld = referToHarbor(false, false);
		// The consent gate refused the event at send time: it never reached the partner.
		this.jdbc.sql("update disclosure set withheld_at = now() where referral_id = ?").param(withheld).update();

		this.mvc.perform(get("/api/referrals/inbox").header(HttpHeaders.AUTHORIZATION, partner("harbor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].referralId",
					containsInAnyOrder(active.toString(), revoked.toString(), expired.toString())))
			.andExpect(jsonPath(item(active, "status"), contains("requested")))
			.andExpect(jsonPath(item(active, "levelOfCare.code"), contains("2.1")))
			.andExpect(jsonPath(item(active, "reasonCategory"), contains("youth-substance-use")))
			.andExpect(jsonPath(item(revoked, "status"), contains("cancelled")))
			.andExpect(jsonPath(item(revoked, "levelOfCare"), everyItem(nullValue())))
			.andExpect(jsonPath(item(revoked, "reasonCategory"), everyItem(nullValue())))
			.andExpect(jsonPath(item(expired, "status"), contains("requested")))
			.andExpect(jsonPath(item(expired, "levelOfCare"), everyItem(nullValue())))
			.andExpect(jsonPath(item(expired, "reasonCategory"), everyItem(nullValue())));
		this.mvc.perform(get("/api/referrals/inbox").header(HttpHeaders.AUTHORIZATION, partner("summit")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aReferralNotDisclosedToThePartnerIsNotFoundAndCannotBeAnswered() throws Exception {
		UUID withheld = referToHarbor(true, true);
		// The consent gate refused the event at send time: it never reached the partner.
		this.jdbc.sql("update disclosure set withheld_at = now() where referral_id = ?").param(withheld).update();
		UUID neverSent = referToHarbor(false, false);
		// No referral event logged for the program at all: nothing was ever disclosed to
		// it.
		this.jdbc.sql("delete from disclosure where referral_id = ?").param(neverSent).update();

		for (UUID id : List.of(withheld, neverSent)) {
			this.mvc.perform(get("/api/referrals/inbox/" + id).header(HttpHeaders.AUTHORIZATION, partner("harbor")))
				.andExpect(status().isNotFound())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.referral").doesNotExist());
			answer(id, "harbor", Map.of("status", "accepted")).andExpect(status().isNotFound())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		}
		assertThat(this.jdbc.sql("select status from referral where id in (?, ?)")
			.params(withheld, neverSent)
			.query(String.class)
			.list()).containsOnly("requested");
		assertThat(this.jdbc.sql("select count(*) from referral_status_change where referral_id in (?, ?)")
			.params(withheld, neverSent)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from audit_event where actor = 'partner:harbor'")
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * A field of the inbox line for this referral, as a JSONPath filter (a list of at
	 * most one value).
	 */
	private static String item(UUID referralId, String field) {
		return "$[?(@.referralId == '" + referralId + "')]." + field;
	}

	@Test
	void thePartnerAnswersAlongTheTaskLifecycleAndStaffSeeItAtOnce() throws Exception {
		UUID id = referToHarbor(false, false);
		answer(id, "harbor", Map.of("status", "completed")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:transition-not-allowed"))
			.andExpect(jsonPath("$.allowedTransitions", contains("accepted", "rejected")));
		answer(id, "harbor", Map.of("status", "accepted", "reason", "Intake slot on Monday")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("accepted"));
		this.mvc.perform(get("/api/referrals/" + id).header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("accepted"))
			.andExpect(jsonPath("$.history[1].changedBy").value("harbor"))
			.andExpect(jsonPath("$.history[1].changedByKind").value("partner"))
			.andExpect(jsonPath("$.history[1].reason").value("Intake slot on Monday"));
		answer(id, "harbor", Map.of("status", "in-progress", "date", ReferralRequests.TODAY.toString()))
			.andExpect(status().isOk());
		answer(id, "harbor", Map.of("status", "completed")).andExpect(status().isOk())
			.andExpect(jsonPath("$.history[*].status", contains("requested", "accepted", "in-progress", "completed")));
		answer(id, "harbor", Map.of("status", "in-progress")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.allowedTransitions", hasSize(0)));
		this.mvc.perform(get("/api/referrals?status=completed").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(jsonPath("$[*].id", contains(id.toString())))
			.andExpect(jsonPath("$[0].program.name").value(ReferralRequests.HARBOR_NAME))
			.andExpect(jsonPath("$[0].screeningReference").value("KXM-4827"));
	}

	@Test
	void aPartnerAheadOfTheClinicsTimeZoneMayDateItsAnswerWithItsOwnToday() throws Exception {
		UUID id = referToHarbor(false, false);
		LocalDate furthestToday = LocalDate.now(java.time.ZoneOffset.ofHours(14));
		answer(id, "harbor", Map.of("status", "accepted", "date", furthestToday.plusDays(1).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		answer(id, "harbor", Map.of("status", "accepted", "date", furthestToday.toString())).andExpect(status().isOk());
	}

	@Test
	void rejectingNeedsAReasonAndUnknownStatusesAreRefused() throws Exception {
		UUID id = referToHarbor(false, false);
		answer(id, "harbor", Map.of("status", "rejected")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		answer(id, "harbor", Map.of("status", "cancelled")).andExpect(status().isUnprocessableContent());
		answer(id, "harbor", Map.of("status", "rejected", "reason", "No capacity for adolescents this month"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("rejected"));
		answer(id, "harbor", Map.of("status", "accepted")).andExpect(status().isConflict());
	}

	@Test
	void revokingConsentCancelsTheReferralTellsThePartnerAndStopsEveryFurtherDisclosure() throws Exception {
		UUID id = referToHarbor(true, true);
		UUID consentId = UUID.fromString(this.jdbc.sql("select consent_id::text from referral where id = ?")
			.param(id)
			.query(String.class)
			.single());
		Disclosure contact = Disclosure.of(true, false);
		UUID harbor = UUID.fromString(ReferralRequests.HARBOR);
		assertThat(contact.permittedBy(this.gate, consentId, harbor, Instant.now())).isTrue();
		assertThat(contact.permittedBy(this.gate, consentId, UUID.fromString(ReferralRequests.SUMMIT), Instant.now()))
			.isFalse();

		revoke(id).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("cancelled"))
			.andExpect(jsonPath("$.consent.status").value("revoked"))
			.andExpect(jsonPath("$.consent.revocation.revokedBy").value("clinician"));

		List<ReferralCancelled> cancelled = this.events.stream(ReferralCancelled.class).toList();
		assertThat(cancelled).singleElement().satisfies(event -> {
			assertThat(event.referralId()).isEqualTo(id);
			assertThat(event.partnerId()).isEqualTo("harbor");
			assertThat(event.reason()).isEqualTo("consent-revoked");
		});
		EventSchemas.assertValid(EventSchemas.CANCELLED, cancelled.get(0), this.json);
		assertThat(contact.permittedBy(this.gate, consentId, harbor, Instant.now())).isFalse();
		this.mvc.perform(get("/api/referrals/inbox/" + id).header(HttpHeaders.AUTHORIZATION, partner("harbor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("cancelled"))
			.andExpect(jsonPath("$.referral").doesNotExist())
			.andExpect(jsonPath("$.history[1].reason").value("consent-revoked"));
		this.mvc.perform(get("/api/referrals/" + id + "/disclosures").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].eventType", contains(ReferralRequested.TYPE, ReferralCancelled.TYPE)))
			.andExpect(jsonPath("$[1].elements", contains("cancellation-notice")))
			.andExpect(jsonPath("$[0].approvedBy").value("clinician"))
			.andExpect(jsonPath("$[0].consent.version").value(1));
		answer(id, "harbor", Map.of("status", "accepted")).andExpect(status().isConflict());
		revoke(id).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:consent-already-revoked"));
		assertThat(this.events.stream(ReferralCancelled.class)).hasSize(1);
	}

	@Test
	void everyStatusAReferralTakesIsPublishedAsALifecycleEventWithIdsAndStatusOnly() throws Exception {
		Map<String, Object> body = ReferralRequests.toHarbor(true, true);
		UUID screening = UUID.fromString((String) body.get("screeningId"));
		String created = this.mvc
			.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, clinician())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID id = UUID.fromString(this.json.readTree(created).get("id").asString());
		answer(id, "harbor", Map.of("status", "accepted")).andExpect(status().isOk());
		answer(id, "harbor", Map.of("status", "in-progress")).andExpect(status().isOk());
		UUID rejected = referToHarbor(false, false);
		answer(rejected, "harbor", Map.of("status", "rejected", "reason", "no places")).andExpect(status().isOk());
		UUID cancelled = referToHarbor(false, false);
		revoke(cancelled).andExpect(status().isOk());
		answer(id, "harbor", Map.of("status", "completed")).andExpect(status().isOk());

		List<ReferralStatusChanged> published = this.events.stream(ReferralStatusChanged.class).toList();
		assertThat(published.stream().filter(event -> event.referralId().equals(id)))
			.extracting(ReferralStatusChanged::status)
			.containsExactly("requested", "accepted", "in-progress", "completed");
		assertThat(published.stream().filter(event -> event.referralId().equals(rejected)))
			.extracting(ReferralStatusChanged::status)
			.containsExactly("requested", "rejected");
		assertThat(published.stream().filter(event -> event.referralId().equals(cancelled)))
			.extracting(ReferralStatusChanged::status)
			.containsExactly("requested", "cancelled");
		assertThat(published).filteredOn(event -> event.referralId().equals(id))
			.allSatisfy(event -> assertThat(event.screeningId()).isEqualTo(screening));
		assertThat(published).extracting(ReferralStatusChanged::eventId).doesNotHaveDuplicates();
		for (ReferralStatusChanged event : published) {
			EventSchemas.assertValid(EventSchemas.STATUS_CHANGED, event, this.json);
			assertThat(this.json.writeValueAsString(event)).doesNotContainIgnoringCase("Rivera")
				.doesNotContain("555-0123", "KXM-4827", "no places");
		}
	}

	@Test
	void theSignedConsentCannotBeChangedInTheDatabase() throws Exception {
		UUID id = referToHarbor(false, false);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.jdbc
			.sql("update consent set purpose = 'marketing' where id = (select consent_id from referral where id = ?)")
			.param(id)
			.update()).hasMessageContaining("cannot be changed");
	}

	@Test
	void theFhirViewParsesBackWithServiceRequestTaskConsentAndPart2Labels() throws Exception {
		UUID id = referToHarbor(true, false);
		revoke(id).andExpect(status().isOk());
		String body = this.mvc.perform(get("/api/referrals/" + id + "/fhir").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/fhir+json"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, body);
		List<Resource> resources = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
		assertThat(resources).hasSize(3);
		for (Resource resource : resources) {
			assertThat(resource.getMeta().getSecurity()).extracting(Coding::getCode)
				.containsExactlyInAnyOrder("R", "42CFRPart2", "SUD", "NORDSCLCD");
		}
		ServiceRequest request = (ServiceRequest) resources.get(0);
		assertThat(request.getCode().getCodingFirstRep().getCode()).isEqualTo("2.1");
		assertThat(request.getCode().getCodingFirstRep().getVersion()).isEqualTo("3");
		assertThat(request.getReasonCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("youth-substance-use");
		assertThat(request.getPerformerFirstRep().getReference()).isEqualTo("Organization/" + ReferralRequests.HARBOR);
		Task task = (Task) resources.get(1);
		assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.CANCELLED);
		assertThat(task.getFocus().getReference()).isEqualTo("urn:uuid:" + id);
		assertThat(task.getRequester().getDisplay()).isEqualTo(this.clinicName);
		Consent consent = (Consent) resources.get(2);
		assertThat(consent.getStatus()).isEqualTo(Consent.ConsentState.INACTIVE);
		assertThat(consent.getScope().getCodingFirstRep().getCode()).isEqualTo("patient-privacy");
		assertThat(consent.getProvision().getActorFirstRep().getReference().getReference())
			.isEqualTo("Organization/" + ReferralRequests.HARBOR);
		assertThat(consent.getProvision().getPurposeFirstRep().getCode()).isEqualTo("TREAT");
		assertThat(consent.getOrganizationFirstRep().getDisplay()).isEqualTo(this.clinicName);
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'referral.fhir-read'")
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void partnersAndPatientsCannotUseTheStaffEndpoints() throws Exception {
		UUID id = referToHarbor(false, false);
		for (String path : List.of("/api/referrals", "/api/referrals/" + id, "/api/referrals/" + id + "/disclosures",
				"/api/referrals/" + id + "/fhir", "/api/referrals/suggestions")) {
			this.mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, partner("harbor")))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, patient())).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/referrals/inbox").header(HttpHeaders.AUTHORIZATION, patient()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/referrals/inbox").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/referrals/" + id + "/consent/revoke")
				.header(HttpHeaders.AUTHORIZATION, partner("harbor"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"patient request\"}"))
			.andExpect(status().isForbidden());
		answer(id, "harbor", Map.of("status", "accepted")).andExpect(status().isOk());
		this.mvc
			.perform(post("/api/referrals/" + id + "/status").header(HttpHeaders.AUTHORIZATION, staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"in-progress\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReferralClosesTheSuggestionForItsScreening() throws Exception {
		Map<String, Object> body = ReferralRequests.toHarbor(false, false);
		UUID screening = UUID.fromString((String) body.get("screeningId"));
		this.suggestions.record(UUID.randomUUID(), screening, "KXM-4827", "dast-10", "severe", true, false,
				"assessment-referral", null);
		this.mvc
			.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, clinician())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated());
		assertThat(this.jdbc.sql("select status from referral_suggestion where screening_id = ?")
			.param(screening)
			.query(String.class)
			.single()).isEqualTo("referred");
	}

	@Test
	void aReferralSentAgainWithItsIdempotencyKeyIsMadeAndDisclosedOnce() throws Exception {
		String body = this.json.writeValueAsString(ReferralRequests.toHarbor(true, false));
		String first = referWithKey("retry-1", body).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String again = referWithKey("retry-1", body).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/referrals/")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		UUID id = UUID.fromString(this.json.readTree(first).get("id").asString());
		assertThat(this.json.readTree(again).get("id").asString()).isEqualTo(id.toString());
		assertThat(this.jdbc.sql("select count(*) from referral").query(Integer.class).single()).isOne();
		assertThat(this.jdbc.sql("select count(*) from disclosure").query(Integer.class).single()).isOne();
		assertThat(this.events.stream(ReferralRequested.class).filter(event -> event.referralId().equals(id)))
			.hasSize(1);
	}

	@Test
	void anIdempotencyKeyUsedForAnotherReferralIsRefusedAndNothingIsMade() throws Exception {
		referWithKey("reused", this.json.writeValueAsString(ReferralRequests.toHarbor(false, false)))
			.andExpect(status().isCreated());

		referWithKey("reused", this.json.writeValueAsString(ReferralRequests.toHarbor(true, true)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:idempotency-key-reused"));
		assertThat(this.jdbc.sql("select count(*) from referral").query(Integer.class).single()).isOne();
	}

	@Test
	void anIdempotencyKeyOver100CharactersIsABadRequest() throws Exception {
		referWithKey("k".repeat(101), this.json.writeValueAsString(ReferralRequests.toHarbor(false, false)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(this.jdbc.sql("select count(*) from referral").query(Integer.class).single()).isZero();
	}

	private ResultActions referWithKey(String idempotencyKey, String body) throws Exception {
		return this.mvc.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, clinician())
			.header("Idempotency-Key", idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void theEventContractIsPublic() throws Exception {
		this.mvc.perform(get("/contract/asyncapi.yaml"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("referrals.partner.{partnerId}.v1")));
		this.mvc.perform(get("/contract/schemas/referral-requested.v1.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.additionalProperties").value(false));
		this.mvc.perform(get("/contract/schemas/referral-cancelled.v1.json")).andExpect(status().isOk());
		this.mvc.perform(get("/contract/schemas/referral-status-changed.v1.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.additionalProperties").value(false));
	}

	private UUID referToHarbor(boolean shareContact, boolean shareScores) throws Exception {
		String body = this.mvc
			.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, clinician())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(ReferralRequests.toHarbor(shareContact, shareScores))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(this.json.readTree(body).get("id").asString());
	}

	private ResultActions answer(UUID id, String partnerId, Map<String, Object> body) throws Exception {
		return this.mvc
			.perform(post("/api/referrals/" + id + "/status").header(HttpHeaders.AUTHORIZATION, partner(partnerId))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)));
	}

	private ResultActions revoke(UUID id) throws Exception {
		return this.mvc
			.perform(post("/api/referrals/" + id + "/consent/revoke").header(HttpHeaders.AUTHORIZATION, clinician())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("reason", "patient request", "requestedBy", "parent",
						"receivedOn", ReferralRequests.TODAY.toString()))));
	}

	private String clinician() {
		return "Bearer " + this.keycloak.token("clinician", List.of("staff", "clinician"), AUDIENCE);
	}

	private String staff() {
		return "Bearer " + this.keycloak.token("intake", List.of("staff"), AUDIENCE);
	}

	private String patient() {
		return "Bearer " + this.keycloak.token("patient", List.of("patient"), AUDIENCE);
	}

	private String partner(String partnerId) {
		return "Bearer " + this.keycloak.partnerToken(partnerId, AUDIENCE);
	}

}
