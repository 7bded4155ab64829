package org.carepath.intake.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff workflow on a real PostgreSQL with real tokens: status transitions and their
 * history, the brief intervention, amendments that keep every earlier revision, who was
 * alerted of a crisis, and the late "please contact me".
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class ScreeningWorkflowTests {

	static final String NOT_AT_ALL = "LA6568-5";

	static final String SEVERAL_DAYS = "LA6569-3";

	@Autowired
	TestIssuer keycloak;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ScreeningRepository screenings;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void emptyTables() {
		this.jdbc.sql("truncate audit_event, crisis_alert, screening_contact, screening cascade").update();
	}

	@Test
	void aScreeningGoesFromNewThroughReviewAndBriefInterventionToReferral() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		changeStatus(id, "in-review", null, staff()).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id.toString()))
			.andExpect(jsonPath("$.status").value("in-review"))
			.andExpect(jsonPath("$.allowedTransitions", contains("brief-intervention-done", "closed")));
		changeStatus(id, "brief-intervention-done", "Talked through the result; agreed to cut down.", clinician())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.allowedTransitions", contains("referred", "closed")));
		changeStatus(id, "referred", null, clinician()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("referred"))
			.andExpect(jsonPath("$.allowedTransitions", empty()))
			.andExpect(jsonPath("$.history", hasSize(3)))
			.andExpect(jsonPath("$.history[0].from").value("new"))
			.andExpect(jsonPath("$.history[0].to").value("in-review"))
			.andExpect(jsonPath("$.history[0].by").value("intake"))
			.andExpect(jsonPath("$.history[0].at").isNotEmpty())
			.andExpect(jsonPath("$.history[1].note").value("Talked through the result; agreed to cut down."))
			.andExpect(jsonPath("$.history[2].by").value("clinician"));
		detail(id).andExpect(jsonPath("$.status").value("referred"))
			.andExpect(jsonPath("$.allowedTransitions", empty()))
			.andExpect(jsonPath("$.history", hasSize(3)))
			.andExpect(jsonPath("$.briefIntervention.by").value("clinician"))
			.andExpect(jsonPath("$.briefIntervention.at").isNotEmpty())
			.andExpect(jsonPath("$.briefIntervention.note").value("Talked through the result; agreed to cut down."));
		assertThat(this.jdbc.sql("select count(*) from status_change where screening_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(audited("screening.status-changed")).isEqualTo(3);
	}

	@Test
	void aReviewedScreeningMayBeClosedWithAReason() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		changeStatus(id, "in-review", null, staff()).andExpect(status().isOk());
		changeStatus(id, "closed", "Negative screen; reinforced and gave the leaflet.", staff())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("closed"))
			.andExpect(jsonPath("$.allowedTransitions", empty()));
		detail(id).andExpect(jsonPath("$.briefIntervention").doesNotExist());
	}

	@Test
	void aScreeningMayBeClosedAfterTheBriefIntervention() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		changeStatus(id, "in-review", null, staff()).andExpect(status().isOk());
		changeStatus(id, "brief-intervention-done", "Feedback given.", staff()).andExpect(status().isOk());
		changeStatus(id, "closed", null, staff()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("closed"));
	}

	@Test
	void anyOtherTransitionIsAConflictNamingWhatIsAllowed() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		for (String to : List.of("new", "brief-intervention-done", "referred", "closed")) {
			changeStatus(id, to, "a note", staff()).andExpect(status().isConflict())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:carepath:problem:transition-not-allowed"))
				.andExpect(jsonPath("$.currentStatus").value("new"))
				.andExpect(jsonPath("$.allowedTransitions", contains("in-review")));
		}
		changeStatus(id, "in-review", null, staff()).andExpect(status().isOk());
		changeStatus(id, "referred", null, staff()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.allowedTransitions", contains("brief-intervention-done", "closed")));
		changeStatus(id, "in-review", null, staff()).andExpect(status().isConflict());
		changeStatus(id, "closed", "Negative screen.", staff()).andExpect(status().isOk());
		changeStatus(id, "in-review", null, staff()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentStatus").value("closed"))
			.andExpect(jsonPath("$.allowedTransitions", empty()));
		assertThat(statusOf(id)).isEqualTo("closed");
		assertThat(audited("screening.status-changed")).isEqualTo(2);
	}

	@Test
	void theBriefInterventionNoteAndTheReasonForClosingAreRequired() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		changeStatus(id, "in-review", null, staff()).andExpect(status().isOk());
		changeStatus(id, "brief-intervention-done", null, staff()).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"))
			.andExpect(jsonPath("$.errors[*].field", contains("note")));
		changeStatus(id, "brief-intervention-done", "   ", staff()).andExpect(status().isBadRequest());
		changeStatus(id, "closed", null, staff()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("note")));
		changeStatus(id, "brief-intervention-done", "x".repeat(4001), staff()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("note")));
		assertThat(statusOf(id)).isEqualTo("in-review");
		assertThat(audited("screening.status-changed")).isOne();
	}

	@Test
	void anUnknownOrMissingStatusIsABadRequest() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		changeStatus(id, "done", null, staff()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("status")));
		changeStatus(id, null, null, staff()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("status")));
		assertThat(statusOf(id)).isEqualTo("new");
	}

	@Test
	void aChangeMadeOnAStaleCopyIsRefused() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		long seen = this.json.readTree(body(detail(id))).get("recordVersion").asLong();
		changeStatus(id, "in-review", null, seen, staff()).andExpect(status().isOk())
			.andExpect(jsonPath("$.recordVersion").value(seen + 1));
		changeStatus(id, "closed", "Negative screen.", seen, clinician()).andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:conflict"))
			.andExpect(jsonPath("$.currentStatus").value("in-review"));
		assertThat(statusOf(id)).isEqualTo("in-review");
	}

	@Test
	void aConcurrentChangeIsNotLost() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult(tx -> {
				Screening stale = this.screenings.findById(id).orElseThrow();
				// Another staff member changes the screening meanwhile, in their own
				// request and transaction.
				CompletableFuture.runAsync(() -> {
					try {
						changeStatus(id, "in-review", null, staff()).andExpect(status().isOk());
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}).join();
				stale.changeStatus(Status.IN_REVIEW, null, false);
				this.screenings.saveAndFlush(stale);
			}));
		assertThat(this.jdbc.sql("select count(*) from status_change where screening_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void theWorkflowIsForStaffOnly() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		changeStatus(id, "in-review", null, null).andExpect(status().isUnauthorized());
		changeStatus(id, "in-review", null, patient()).andExpect(status().isForbidden());
		amend(id, phq9Answers(SEVERAL_DAYS), "typo", patient()).andExpect(status().isForbidden());
		changeStatus(UUID.randomUUID(), "in-review", null, staff()).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:not-found"));
		assertThat(statusOf(id)).isEqualTo("new");
	}

	@Test
	void anAmendmentKeepsThePreviousRevisionRescoresAndACrisisOpensAnAlert() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		String original = this.jdbc.sql("select answers::text from screening where id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(count("crisis_alert")).isZero();
		amend(id, phq9Answers(SEVERAL_DAYS), "Item 9 was entered wrongly; the paper form says several days.", staff())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.score").value(1))
			.andExpect(jsonPath("$.crisis").value(true))
			.andExpect(jsonPath("$.nextStep.code").value("urgent-review"))
			.andExpect(jsonPath("$.items[8].answer").value(SEVERAL_DAYS))
			.andExpect(jsonPath("$.openAlert").value(true))
			.andExpect(jsonPath("$.alert.status").value("open"))
			.andExpect(jsonPath("$.alert.alertedTo").value("staff"))
			.andExpect(jsonPath("$.amendments", hasSize(1)))
			.andExpect(jsonPath("$.amendments[0].revision").value(2))
			.andExpect(jsonPath("$.amendments[0].amendedBy").value("intake"))
			.andExpect(jsonPath("$.amendments[0].at").isNotEmpty())
			.andExpect(jsonPath("$.amendments[0].reason")
				.value("Item 9 was entered wrongly; the paper form says several days."))
			.andExpect(jsonPath("$.amendments[0].previousScore").value(0))
			.andExpect(jsonPath("$.amendments[0].previousBand").value("minimal"))
			.andExpect(jsonPath("$.amendments[0].score").value(1))
			.andExpect(jsonPath("$.amendments[0].band").value("minimal"));
		assertThat(this.jdbc.sql("select answers::text from screening_revision where screening_id = ? and revision = 1")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(original);
		assertThat(this.jdbc.sql("select status from crisis_alert where screening_id = ?")
			.param(id)
			.query(String.class)
			.list()).containsExactly("open");
		assertThat(audited("screening.amended")).isOne();

		Map<String, Object> worse = phq9Answers(SEVERAL_DAYS);
		worse.put("1", SEVERAL_DAYS);
		amend(id, worse, "Item 1 corrected too.", clinician()).andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(3))
			.andExpect(jsonPath("$.score").value(2))
			.andExpect(jsonPath("$.amendments", hasSize(2)))
			.andExpect(jsonPath("$.amendments[0].score").value(1))
			.andExpect(jsonPath("$.amendments[1].revision").value(3))
			.andExpect(jsonPath("$.amendments[1].previousScore").value(1))
			.andExpect(jsonPath("$.amendments[1].score").value(2));
		// Still a crisis, its alert still open: no second alert.
		assertThat(count("crisis_alert")).isOne();
	}

	@Test
	void anInvalidAmendmentChangesNothing() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		Map<String, Object> invalid = phq9Answers(NOT_AT_ALL);
		invalid.remove("3");
		invalid.put("5", "bogus-value");
		amend(id, invalid, "Correcting", staff()).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:invalid-answers"))
			.andExpect(jsonPath("$.errors[*].field", contains("answers.3", "answers.5")));
		amend(id, phq9Answers(SEVERAL_DAYS), " ", staff()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("reason")));
		amend(id, phq9Answers(SEVERAL_DAYS), "x".repeat(1001), staff()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("reason")));
		amend(id, null, "Correcting", staff()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("answers")));
		amend(id, phq9Answers(NOT_AT_ALL), "Nothing changes", staff()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("answers")));
		assertThat(this.jdbc.sql("select revision from screening where id = ?").param(id).query(Integer.class).single())
			.isOne();
		assertThat(this.jdbc.sql("select answers->>'9' from screening where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(NOT_AT_ALL);
		assertThat(count("screening_revision")).isZero();
		assertThat(count("crisis_alert")).isZero();
		assertThat(audited("screening.amended")).isZero();
	}

	@Test
	void aFinishedScreeningCannotBeAmended() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		changeStatus(id, "in-review", null, staff()).andExpect(status().isOk());
		changeStatus(id, "closed", "Negative screen.", staff()).andExpect(status().isOk());
		amend(id, phq9Answers(SEVERAL_DAYS), "Late correction", staff()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:amendment-not-allowed"))
			.andExpect(jsonPath("$.currentStatus").value("closed"));
		assertThat(count("screening_revision")).isZero();
	}

	@Test
	void aScreeningWithAnUnacknowledgedCrisisAlertCannotBeClosedOrReferred() throws Exception {
		UUID id = submit(phq9(SEVERAL_DAYS));
		changeStatus(id, "in-review", null, staff()).andExpect(status().isOk());
		changeStatus(id, "closed", "Seen in clinic today.", clinician()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:open-crisis-alert"))
			.andExpect(jsonPath("$.currentStatus").value("in-review"));
		assertThat(statusOf(id)).isEqualTo("in-review");

		String alert = this.json
			.readTree(body(this.mvc
				.perform(get("/api/intake/alerts").param("status", "open").header(HttpHeaders.AUTHORIZATION, staff()))))
			.get(0)
			.get("id")
			.asString();
		this.mvc
			.perform(
					post("/api/intake/alerts/" + alert + "/acknowledge").header(HttpHeaders.AUTHORIZATION, clinician()))
			.andExpect(status().isOk());
		changeStatus(id, "closed", "Seen in clinic today.", clinician()).andExpect(status().isOk());
	}

	@Test
	void readingTheQueueAndTheAlertsIsAudited() throws Exception {
		submit(phq9(SEVERAL_DAYS));
		this.mvc.perform(get("/api/intake/screenings").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/intake/alerts").param("status", "open").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk());
		assertThat(audited("screenings.listed")).isEqualTo(1);
		assertThat(audited("alerts.listed")).isEqualTo(1);
	}

	@Test
	void anAmendmentPublishesTheCorrectedScoresAsANewEvent(@Autowired ApplicationEvents events) throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		amend(id, phq9Answers(SEVERAL_DAYS), "Item 9 was entered wrongly.", staff()).andExpect(status().isOk());
		List<ScreeningCompleted> published = events.stream(ScreeningCompleted.class)
			.filter(event -> event.screeningId().equals(id))
			.toList();
		assertThat(published).hasSize(2);
		assertThat(published.get(1).crisis()).isTrue();
		assertThat(published.get(1).eventId()).isNotEqualTo(published.get(0).eventId());
	}

	@Test
	void theAlertRecordsWhereItWentWhoSawItAndWhoAcknowledgedIt() throws Exception {
		UUID screening = submit(phq9(SEVERAL_DAYS));
		String open = body(this.mvc
			.perform(get("/api/intake/alerts").param("status", "open").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].alertedTo").value("staff"))
			.andExpect(jsonPath("$[0].seenBy[*].by", contains("intake"))));
		String alert = this.json.readTree(open).get(0).get("id").asString();
		// Seeing it again is not a new first sighting.
		this.mvc.perform(get("/api/intake/alerts").param("status", "open").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(jsonPath("$[0].seenBy", hasSize(1)));
		detail(screening, clinician()).andExpect(jsonPath("$.alert.id").value(alert))
			.andExpect(jsonPath("$.alert.status").value("open"))
			.andExpect(jsonPath("$.alert.alertedTo").value("staff"))
			.andExpect(jsonPath("$.alert.seenBy[*].by", contains("intake", "clinician")))
			.andExpect(jsonPath("$.alert.seenBy[0].at").isNotEmpty())
			.andExpect(jsonPath("$.alert.acknowledgedBy").doesNotExist());
		this.mvc
			.perform(post("/api/intake/alerts/{id}/acknowledge", alert).header(HttpHeaders.AUTHORIZATION, clinician()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledgedBy").value("clinician"))
			.andExpect(jsonPath("$.seenBy", hasSize(2)));
		this.mvc.perform(post("/api/intake/alerts/{id}/acknowledge", alert).header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:alert-already-acknowledged"))
			.andExpect(jsonPath("$.acknowledgedBy").value("clinician"))
			.andExpect(jsonPath("$.acknowledgedAt").isNotEmpty());
		detail(screening).andExpect(jsonPath("$.alert.status").value("acknowledged"))
			.andExpect(jsonPath("$.alert.acknowledgedBy").value("clinician"))
			.andExpect(jsonPath("$.alert.acknowledgedAt").isNotEmpty())
			.andExpect(jsonPath("$.alert.seenBy", hasSize(2)));
		assertThat(this.jdbc.sql("select seen_by from alert_view order by first_seen_at, seen_by")
			.query(String.class)
			.list()).containsExactly("intake", "clinician");
	}

	@Test
	void aPersonMayAskToBeContactedAfterTheirSelfCheck() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		String reference = this.jdbc.sql("select reference from screening where id = ?")
			.param(id)
			.query(String.class)
			.single();
		contact(id, Map.of("name", "Sam", "phone", "(201) 555-0123", "consentToContact", true))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.screeningId").value(id.toString()))
			.andExpect(jsonPath("$.reference").value(reference))
			.andExpect(jsonPath("$.recordedAt").isNotEmpty())
			.andExpect(jsonPath("$.phone").doesNotExist());
		detail(id).andExpect(jsonPath("$.contact.phone").value("+12015550123"))
			.andExpect(jsonPath("$.contact.consentToContact").value(true));
		assertThat(audited("screening.contact-given")).isOne();
	}

	@Test
	void aContactRequestNeedsConsentAndAPhoneOrAnEmail() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		contact(id, Map.of("name", "Sam", "phone", "201-555-0123", "consentToContact", false))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", contains("consentToContact")));
		contact(id, Map.of("name", "Sam", "consentToContact", true)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("contact")));
		contact(id, Map.of("email", "not-an-address", "consentToContact", true)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("email")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("not-an-address"))));
		assertThat(count("screening_contact")).isZero();
	}

	@Test
	void aPhoneNoOneCanDialAnEmailNoMailServerTakesAndATimeOffTheListAreRefusedTogetherInFormOrder() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("consentToContact", true);
		request.put("preferredTime", "midnight");
		request.put("email", "sam@example");
		request.put("phone", "555-0100");
		contact(id, request).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"))
			.andExpect(jsonPath("$.errors[*].field", contains("phone", "email", "preferredTime")))
			.andExpect(jsonPath("$.errors[0].message")
				.value("must be a phone number we can call, with its area code, such as (201) 555-0123"))
			.andExpect(jsonPath("$.errors[1].message").value("must be an email address such as name@example.org"))
			.andExpect(jsonPath("$.errors[2].message").value("must be morning, afternoon, evening or any"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("555-0100"))));
		assertThat(count("screening_contact")).isZero();
	}

	@Test
	void aPhoneIsKeptInE164WithThePreferredTimeAndTheQueueMarksTheScreeningAsAskedToBeContacted() throws Exception {
		UUID asked = submit(phq9(NOT_AT_ALL));
		UUID notAsked = submit(phq9(NOT_AT_ALL));
		contact(asked,
				Map.of("phone", " +1 (201) 555-0123 ", "email", " sam@example.org ", "preferredTime", "evening",
						"consentToContact", true))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.review.text").isNotEmpty());
		assertThat(this.jdbc.sql("select phone || ' ' || email || ' ' || preferred_time from screening_contact")
			.query(String.class)
			.single()).isEqualTo("+12015550123 sam@example.org evening");
		detail(asked).andExpect(jsonPath("$.contact.preferredTime").value("evening"));
		this.mvc.perform(get("/api/intake/screenings").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(jsonPath("$[?(@.id == '" + asked + "')].contactRequested").value(true))
			.andExpect(jsonPath("$[?(@.id == '" + notAsked + "')].contactRequested").value(false));
	}

	@Test
	void contactDetailsAreGivenOnce() throws Exception {
		UUID id = submit(phq9(NOT_AT_ALL));
		contact(id, Map.of("email", "sam@example.org", "consentToContact", true)).andExpect(status().isCreated());
		contact(id, Map.of("email", "someone@example.org", "consentToContact", true)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:contact-already-given"));
		assertThat(this.jdbc.sql("select email from screening_contact").query(String.class).list())
			.containsExactly("sam@example.org");
	}

	@Test
	void aContactRequestForAnUnknownOldOrStaffScreeningIsNotFound() throws Exception {
		UUID old = submit(phq9(NOT_AT_ALL));
		this.jdbc.sql("update screening set completed_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minus(25, ChronoUnit.HOURS)), old)
			.update();
		Map<String, Object> staffAdministered = phq9(NOT_AT_ALL);
		staffAdministered.put("mode", "staff");
		UUID byStaff = id(this.mvc.perform(post("/api/intake/screenings").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(staffAdministered))
			.header(HttpHeaders.AUTHORIZATION, staff())));
		Map<String, Object> request = Map.of("phone", "201-555-0123", "consentToContact", true);
		for (UUID id : List.of(UUID.randomUUID(), old, byStaff)) {
			contact(id, request).andExpect(status().isNotFound())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:carepath:problem:not-found"));
		}
		assertThat(count("screening_contact")).isZero();
	}

	private ResultActions changeStatus(UUID id, String to, String note, String authorization) throws Exception {
		return changeStatus(id, to, note, null, authorization);
	}

	private ResultActions changeStatus(UUID id, String to, String note, Long recordVersion, String authorization)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", to);
		body.put("note", note);
		if (recordVersion != null) {
			body.put("recordVersion", recordVersion);
		}
		return this.mvc.perform(authorized(post("/api/intake/screenings/{id}/status", id), authorization)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private ResultActions amend(UUID id, Map<String, Object> answers, String reason, String authorization)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("answers", answers);
		body.put("reason", reason);
		return this.mvc.perform(authorized(post("/api/intake/screenings/{id}/amendments", id), authorization)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private ResultActions contact(UUID id, Map<String, Object> body) throws Exception {
		return this.mvc.perform(post("/api/intake/screenings/{id}/contact", id).contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private ResultActions detail(UUID id) throws Exception {
		return detail(id, staff());
	}

	private ResultActions detail(UUID id, String authorization) throws Exception {
		return this.mvc.perform(get("/api/intake/screenings/{id}", id).header(HttpHeaders.AUTHORIZATION, authorization))
			.andExpect(status().isOk());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder authorized(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder builder, String authorization) {
		return (authorization != null) ? builder.header(HttpHeaders.AUTHORIZATION, authorization) : builder;
	}

	private UUID submit(Map<String, Object> request) throws Exception {
		return id(this.mvc.perform(post("/api/intake/screenings").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(request))));
	}

	private UUID id(ResultActions result) throws Exception {
		JsonNode body = this.json.readTree(body(result.andExpect(status().isCreated())));
		return UUID.fromString(body.get("id").asString());
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	private String statusOf(UUID id) {
		return this.jdbc.sql("select status from screening where id = ?").param(id).query(String.class).single();
	}

	private int audited(String action) {
		return this.jdbc.sql("select count(*) from audit_event where action = ?")
			.param(action)
			.query(Integer.class)
			.single();
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private String staff() {
		return bearer("intake", List.of("staff"));
	}

	private String clinician() {
		return bearer("clinician", List.of("staff", "clinician"));
	}

	private String patient() {
		return bearer("pat", List.of("patient"));
	}

	private String bearer(String username, List<String> roles) {
		return "Bearer " + this.keycloak.token(username, roles, "carepath-intake");
	}

	private static Map<String, Object> phq9Answers(String item9) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 8; i++) {
			answers.put(String.valueOf(i), NOT_AT_ALL);
		}
		answers.put("9", item9);
		return answers;
	}

	private static Map<String, Object> phq9(String item9) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("instrument", "phq-9");
		request.put("mode", "self");
		request.put("answers", phq9Answers(item9));
		request.put("respondent", Map.of("sex", "female", "ageBand", "26-34"));
		return request;
	}

}
