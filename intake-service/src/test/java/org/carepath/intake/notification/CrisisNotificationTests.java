package org.carepath.intake.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.carepath.intake.notification.TestMailServer.Mail;
import org.carepath.support.test.EmbeddedKafkaConfiguration;
import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carepath.intake.notification.TestMailServerConfiguration.ESCALATION;
import static org.carepath.intake.notification.TestMailServerConfiguration.ON_CALL;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A crisis answer reaches the person on call
 * (docs/clinic-operations.md#on-call-roster-and-escalation): a real PostgreSQL, a real
 * Kafka broker, and a real mail server whose mailboxes the test reads over IMAP. The
 * development roster (everyone's week: oncall@, escalation@) is seeded at start;
 * escalation comes after seconds instead of minutes.
 */
@SpringBootTest(properties = { "spring.modulith.events.externalization.enabled=true",
		"carepath.notifications.enabled=true", "carepath.notifications.staff-url=https://staff.carepath.test/",
		"carepath.notifications.escalate-after=10s", "carepath.notifications.escalate-again-after=5s",
		"carepath.notifications.poll-interval=500ms", "carepath.notifications.retry.first-delay=1s",
		"carepath.notifications.retry.max-delay=8s", "carepath.notifications.retry.max-attempts=1000" })
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class, EmbeddedKafkaConfiguration.class,
		TestMailServerConfiguration.class })
class CrisisNotificationTests {

	/** What the issue promises: the on-call email within 60 s. */
	static final Duration WITHIN = Duration.ofSeconds(60);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestIssuer keycloak;

	@Autowired
	TestMailServer mailServer;

	@Test
	void aCrisisSubmissionEmailsThePersonOnCallWithTheReferenceAndLinkOnly() throws Exception {
		JsonNode result = submitCrisis();
		String reference = result.get("reference").asString();
		String id = result.get("id").asString();

		Mail mail = await().atMost(WITHIN)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> this.mailServer.inbox(ON_CALL, reference), mails -> !mails.isEmpty())
			.get(0);

		assertThat(mail.from()).isEqualTo("alerts@carepath.test");
		assertThat(mail.subject()).isEqualTo("CarePath crisis alert " + reference);
		assertThat(mail.body()).contains("Reference: " + reference)
			.contains("https://staff.carepath.test/staff/screenings/" + id)
			.containsPattern(
					"Raised: \\w{3}, \\w{3} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2} [AP]M Eastern (Standard|Daylight) Time");
		// Nothing of the screening or the person beyond the reference and the link.
		String body = mail.body().toLowerCase(Locale.ROOT);
		assertThat(body).doesNotContain("score", "phq", "patient health", "depress", "band", "answer", "item", "sam",
				"example.org", "555", "0123", "female", "26-34", "moderate", "mild", "severe", "self-harm",
				"better off dead");
		assertThat(mail.subject().toLowerCase(Locale.ROOT)).doesNotContain("phq", "score");
	}

	@Test
	void withoutAcknowledgementTheEscalationContactIsNotifiedTwiceAndTheAlertShowsEveryStep() throws Exception {
		JsonNode result = submitCrisis();
		String reference = result.get("reference").asString();
		UUID id = UUID.fromString(result.get("id").asString());

		List<Mail> escalations = await().atMost(WITHIN.plusSeconds(15))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> this.mailServer.inbox(ESCALATION, reference), mails -> mails.size() == 2);

		assertThat(escalations).extracting(Mail::subject)
			.containsOnly("CarePath crisis alert " + reference + " is not acknowledged");
		assertThat(escalations.get(0).body()).contains("nobody has acknowledged");
		assertThat(escalations.get(1).body()).contains("still not acknowledged");
		assertThat(this.mailServer.inbox(ON_CALL, reference)).hasSize(1);
		JsonNode notifications = detail(id).get("alert").get("notifications");
		assertThat(notifications).hasSize(3);
		assertThat(notifications.get(0).get("recipient").asString()).isEqualTo(ON_CALL);
		assertThat(notifications.get(0).get("reason").asString()).isEqualTo("on-call");
		assertThat(notifications.get(1).get("recipient").asString()).isEqualTo(ESCALATION);
		assertThat(notifications.get(1).get("reason").asString()).isEqualTo("escalation");
		assertThat(notifications.get(2).get("reason").asString()).isEqualTo("escalation-again");
		for (JsonNode notification : notifications) {
			assertThat(notification.get("status").asString()).isEqualTo("sent");
			assertThat(notification.get("attempts").asInt()).isEqualTo(1);
			assertThat(notification.get("sentAt").isNull()).isFalse();
			assertThat(notification.get("lastError").isNull()).isTrue();
		}
		Instant raised = Instant.parse(detail(id).get("alert").get("raisedAt").asString());
		assertThat(Instant.parse(notifications.get(1).get("dueAt").asString())).isEqualTo(raised.plusSeconds(10));
		assertThat(Instant.parse(notifications.get(2).get("dueAt").asString())).isEqualTo(raised.plusSeconds(15));
	}

	@Test
	void acknowledgingTheAlertCancelsTheEscalationSoNoFurtherEmailIsSent() throws Exception {
		JsonNode result = submitCrisis();
		String reference = result.get("reference").asString();
		UUID id = UUID.fromString(result.get("id").asString());
		await().atMost(WITHIN)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> stepStatus(id, "on-call").equals("sent"));

		JsonNode alert = detail(id).get("alert");
		this.mvc
			.perform(post("/api/intake/alerts/{id}/acknowledge", alert.get("id").asString())
				.header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk());

		assertThat(stepStatus(id, "escalation")).isEqualTo("cancelled");
		assertThat(stepStatus(id, "escalation-again")).isEqualTo("cancelled");
		// Past the second step's due time and a few polls more, nothing came.
		Instant secondStepDue = Instant.parse(alert.get("raisedAt").asString()).plusSeconds(15);
		await().atMost(Duration.ofSeconds(60)).until(() -> Instant.now().isAfter(secondStepDue.plusSeconds(3)));
		assertThat(this.mailServer.inbox(ESCALATION, reference)).isEmpty();
		assertThat(this.mailServer.inbox(ON_CALL, reference)).hasSize(1);
		JsonNode acknowledged = this.json.readTree(this.mvc
			.perform(get("/api/intake/alerts").param("status", "acknowledged")
				.header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		JsonNode row = null;
		for (JsonNode candidate : acknowledged) {
			if (candidate.get("screeningReference").asString().equals(reference)) {
				row = candidate;
			}
		}
		assertThat(row).isNotNull();
		assertThat(row.get("notifications")).extracting(node -> node.get("status").asString())
			.containsExactly("sent", "cancelled", "cancelled");
	}

	@Test
	void anEmailSentWhileTheMailServerIsDownForTwoMinutesArrivesWhenItReturns() throws Exception {
		this.mailServer.stop();
		JsonNode result;
		Instant stopped = Instant.now();
		try {
			result = submitCrisis();
			UUID id = UUID.fromString(result.get("id").asString());
			await().atMost(WITHIN).until(() -> attempts(id, "on-call") >= 2);
			assertThat(stepStatus(id, "on-call")).isEqualTo("pending");
			assertThat(this.jdbc.sql("""
					select n.last_error from alert_notification n join crisis_alert a on a.id = n.alert_id
					where a.screening_id = ? and n.reason = 'on-call'""").param(id).query(String.class).single())
				.isNotBlank();
			// The outage lasts two minutes.
			await().atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> Instant.now().isAfter(stopped.plus(Duration.ofMinutes(2))));
		}
		finally {
			this.mailServer.start();
		}
		String reference = result.get("reference").asString();
		UUID id = UUID.fromString(result.get("id").asString());

		Mail mail = await().atMost(WITHIN)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> this.mailServer.inbox(ON_CALL, reference), mails -> !mails.isEmpty())
			.get(0);

		assertThat(mail.body()).contains(reference);
		JsonNode onCall = detail(id).get("alert").get("notifications").get(0);
		assertThat(onCall.get("status").asString()).isEqualTo("sent");
		assertThat(onCall.get("attempts").asInt()).isGreaterThan(1);
		assertThat(onCall.get("lastError").asString()).isNotBlank();
		await().atMost(WITHIN).until(() -> this.mailServer.inbox(ESCALATION, reference).size() == 2);
	}

	private JsonNode submitCrisis() throws Exception {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 8; i++) {
			answers.put(String.valueOf(i), "LA6569-3");
		}
		answers.put("9", "LA6569-3");
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("instrument", "phq-9");
		request.put("mode", "self");
		request.put("answers", answers);
		request.put("respondent", Map.of("sex", "female", "ageBand", "26-34"));
		request.put("contact", Map.of("name", "Sam Example", "phone", "201-555-0123", "email", "sam@example.org",
				"consentToContact", true));
		JsonNode result = this.json.readTree(this.mvc
			.perform(post("/api/intake/screenings").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(request)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(result.get("crisis").asBoolean()).isTrue();
		return result;
	}

	private JsonNode detail(UUID id) throws Exception {
		return this.json.readTree(
				this.mvc.perform(get("/api/intake/screenings/{id}", id).header(HttpHeaders.AUTHORIZATION, staff()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
	}

	private String stepStatus(UUID screeningId, String reason) {
		return this.jdbc.sql("""
				select n.status from alert_notification n join crisis_alert a on a.id = n.alert_id
				where a.screening_id = ? and n.reason = ?""").params(screeningId, reason).query(String.class).single();
	}

	private int attempts(UUID screeningId, String reason) {
		return this.jdbc.sql("""
				select n.attempts from alert_notification n join crisis_alert a on a.id = n.alert_id
				where a.screening_id = ? and n.reason = ?""").params(screeningId, reason).query(Integer.class).single();
	}

	private String staff() {
		return "Bearer " + this.keycloak.token("intake", List.of("staff"), "carepath-intake");
	}

}
