package org.carepath.intake.screening;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.carepath.support.events.CloudEventHeaders;
import org.carepath.support.test.EmbeddedKafkaConfiguration;
import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.carepath.support.test.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The referral service's lifecycle events, as it writes them (CloudEvents binary mode,
 * JSON data), read from a real Kafka broker into the screening's referral links on a real
 * PostgreSQL. Each test ends with a "marker" event on the same key, so on the same
 * partition, after the records under test: once it is handled, they all are. Awaitility's
 * limit only keeps a broken build from hanging.
 */
// The configuration of ScreeningEventsTests, so that both share one application context
// and one broker; the listener is started here.
@SpringBootTest(properties = { "spring.modulith.events.externalization.enabled=true",
		"carepath.outbox.resubmit-interval=500ms", "carepath.outbox.resubmit-min-age=0s" })
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class, EmbeddedKafkaConfiguration.class })
class ReferralEventsListenerTests {

	static final String TOPIC = "referrals.lifecycle.v1";

	static final Duration PATIENCE = Duration.ofSeconds(90);

	static final String NOT_AT_ALL = "LA6568-5";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestKafka kafka;

	@Autowired
	TestIssuer keycloak;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	KafkaProducer<String, byte[]> producer;

	@BeforeEach
	void referralService() {
		MessageListenerContainer container = this.listeners.getListenerContainer("referral-lifecycle");
		if (!container.isRunning()) {
			container.start();
		}
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka.bootstrapServers()), new StringSerializer(),
				new ByteArraySerializer());
	}

	@AfterEach
	void closeProducer() {
		this.producer.close();
	}

	@Test
	void aReferralRequestedAfterTheBriefInterventionMarksTheScreeningReferredOnceThoughDeliveredTwice()
			throws Exception {
		UUID screening = submit();
		changeStatus(screening, "in-review", null, staff());
		changeStatus(screening, "brief-intervention-done", "Talked it through; agreed to see a program.", clinician());
		UUID referral = UUID.randomUUID();
		Map<String, Object> requested = statusChanged(referral, screening, "requested", Instant.now());

		send(referral, requested);
		send(referral, requested);
		handledUpTo(referral);

		assertThat(statusOf(screening)).isEqualTo("referred");
		assertThat(this.jdbc.sql("select changed_by from status_change where screening_id = ? and to_status = ?")
			.params(screening, "referred")
			.query(String.class)
			.list()).containsExactly("referral-service");
		assertThat(this.jdbc.sql("select count(*) from processed_event where event_id = ?::uuid")
			.param(requested.get("eventId"))
			.query(Integer.class)
			.single()).isOne();
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'screening.referral-linked' and screening_id = ?")
			.param(screening)
			.query(Integer.class)
			.single()).isOne();
		detail(screening).andExpect(jsonPath("$.status").value("referred"))
			.andExpect(jsonPath("$.referrals[0].id").value(referral.toString()))
			.andExpect(jsonPath("$.referrals[0].status").value("requested"))
			.andExpect(jsonPath("$.referrals[0].updatedAt").isNotEmpty());
	}

	@Test
	void aReferralBeforeTheBriefInterventionIsLinkedWithoutSkippingItAndAnOlderStatusNeverReplacesANewerOne()
			throws Exception {
		UUID screening = submit();
		changeStatus(screening, "in-review", null, staff());
		UUID referral = UUID.randomUUID();
		Instant requestedAt = Instant.parse("2026-03-02T10:00:00Z");
		// Records that are not lifecycle events of the referral service are skipped.
		this.producer
			.send(new ProducerRecord<>(TOPIC, referral.toString(), "{not json".getBytes(StandardCharsets.UTF_8)))
			.get();
		Map<String, Object> impostor = statusChanged(referral, screening, "completed", requestedAt.plusSeconds(900));
		send(referral, impostor, "org.carepath.referral.status-changed.v1", "urn:example:impostor");
		Map<String, Object> unknownStatus = statusChanged(referral, screening, "on-hold", requestedAt.plusSeconds(900));
		send(referral, unknownStatus);
		// A re-sent older status arriving after a newer one (an outbox retry).
		send(referral, statusChanged(referral, screening, "accepted", requestedAt.plusSeconds(300)));
		send(referral, statusChanged(referral, screening, "requested", requestedAt));
		handledUpTo(referral);

		// The brief intervention comes first (docs/clinical-rules.md): still in review.
		assertThat(statusOf(screening)).isEqualTo("in-review");
		detail(screening).andExpect(jsonPath("$.referrals[0].status").value("accepted"))
			.andExpect(jsonPath("$.allowedTransitions[0]").value("brief-intervention-done"));

		// Once the brief intervention is recorded, the next event moves it on.
		changeStatus(screening, "brief-intervention-done", "Talked it through.", clinician());
		send(referral, statusChanged(referral, screening, "in-progress", requestedAt.plusSeconds(600)));
		handledUpTo(referral);
		assertThat(statusOf(screening)).isEqualTo("referred");
		detail(screening).andExpect(jsonPath("$.referrals[0].status").value("in-progress"));
	}

	@Test
	void aCancelledReferralNeverMarksTheScreeningReferred() throws Exception {
		UUID screening = submit();
		changeStatus(screening, "in-review", null, staff());
		changeStatus(screening, "brief-intervention-done", "Talked it through.", clinician());
		UUID referral = UUID.randomUUID();
		send(referral, statusChanged(referral, screening, "cancelled", Instant.now()));
		handledUpTo(referral);

		assertThat(statusOf(screening)).isEqualTo("brief-intervention-done");
		detail(screening).andExpect(jsonPath("$.referrals[0].status").value("cancelled"));
	}

	/**
	 * Sends a marker event on the key (about a screening intake does not hold) and waits
	 * until it is handled.
	 */
	private void handledUpTo(UUID key) throws Exception {
		Map<String, Object> marker = statusChanged(UUID.randomUUID(), UUID.randomUUID(), "requested", Instant.now());
		send(key, marker);
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.sql("select count(*) from processed_event where event_id = ?::uuid")
				.param(marker.get("eventId"))
				.query(Integer.class)
				.single() == 1);
	}

	private void send(UUID key, Map<String, Object> data) throws Exception {
		send(key, data, "org.carepath.referral.status-changed.v1", "urn:carepath:referral-service");
	}

	/** A record as the referral service writes it: CloudEvents headers, JSON data. */
	private void send(UUID key, Map<String, Object> data, String type, String source) throws Exception {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, key.toString(),
				this.json.writeValueAsBytes(data));
		CloudEventHeaders
			.of((String) data.get("eventId"), URI.create(source), type, Instant.now(),
					URI.create("urn:carepath:schema:org.carepath.referral.status-changed.v1"))
			.forEach((name, value) -> record.headers().add(name, (byte[]) value));
		this.producer.send(record).get();
	}

	/** The data of the referral service's status-changed.v1, as in its schema. */
	private static Map<String, Object> statusChanged(UUID referral, UUID screening, String status, Instant at) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("eventId", UUID.randomUUID().toString());
		data.put("referralId", referral.toString());
		data.put("screeningId", screening.toString());
		data.put("status", status);
		data.put("changedAt", at.toString());
		return data;
	}

	private UUID submit() throws Exception {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 9; i++) {
			answers.put(String.valueOf(i), NOT_AT_ALL);
		}
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("instrument", "phq-9");
		request.put("mode", "self");
		request.put("answers", answers);
		String body = this.mvc
			.perform(post("/api/intake/screenings").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(request)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(this.json.readTree(body).get("id").asString());
	}

	private void changeStatus(UUID id, String to, String note, String authorization) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", to);
		body.put("note", note);
		this.mvc
			.perform(post("/api/intake/screenings/{id}/status", id).header(HttpHeaders.AUTHORIZATION, authorization)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isOk());
	}

	private ResultActions detail(UUID id) throws Exception {
		return this.mvc.perform(get("/api/intake/screenings/{id}", id).header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk());
	}

	private String statusOf(UUID id) {
		return this.jdbc.sql("select status from screening where id = ?").param(id).query(String.class).single();
	}

	private String staff() {
		return bearer("intake", List.of("staff"));
	}

	private String clinician() {
		return bearer("clinician", List.of("staff", "clinician"));
	}

	private String bearer(String username, List<String> roles) {
		return "Bearer " + this.keycloak.token(username, roles, "carepath-intake");
	}

}
