package org.carepath.referral.suggestion;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Intake's screening events, as intake writes them (CloudEvents binary mode, JSON data),
 * read from a real Kafka broker into suggestions on a real PostgreSQL. Each test ends
 * with a high-risk "marker" event on the same key, so on the same partition, after the
 * records under test: once its suggestion exists, they have all been processed.
 * Awaitility's limit only keeps a broken build from hanging.
 */
// The same configuration as ReferralEventsTests, so that both share one application
// context and one broker.
@SpringBootTest(
		properties = { "spring.modulith.events.externalization.enabled=true", "spring.kafka.listener.auto-startup=true",
				"carepath.outbox.resubmit-interval=500ms", "carepath.outbox.resubmit-min-age=0s" })
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class, EmbeddedKafkaConfiguration.class })
class ScreeningEventsListenerTests {

	static final String TOPIC = "intake.screenings.v1";

	static final Duration PATIENCE = Duration.ofSeconds(90);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestKafka kafka;

	KafkaProducer<String, byte[]> producer;

	@BeforeEach
	void intake() {
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka.bootstrapServers()), new StringSerializer(),
				new ByteArraySerializer());
	}

	@AfterEach
	void closeProducer() {
		this.producer.close();
	}

	@Test
	void theSameScreeningEventDeliveredTwiceMakesOneSuggestion() throws Exception {
		String key = UUID.randomUUID().toString();
		Map<String, Object> event = screening("dast-10", "substantial", true, false, "assessment-referral");
		send(key, event);
		send(key, event);

		processedUpTo(key);
		assertThat(suggestions(event)).isOne();
	}

	@Test
	void aHighRiskScreeningBecomesASuggestionAndALowRiskOneDoesNot() throws Exception {
		String key = UUID.randomUUID().toString();
		Map<String, Object> low = screening("phq-9", "mild", false, false, "brief-intervention");
		Map<String, Object> high = screening("phq-9", "severe", true, false, "assessment-referral");
		Map<String, Object> crisis = screening("phq-9", "minimal", false, true, "urgent-review");
		send(key, low);
		send(key, high);
		send(key, crisis);

		processedUpTo(key);
		assertThat(suggestions(low)).isZero();
		assertThat(suggestions(high)).isOne();
		assertThat(suggestions(crisis)).isOne();
		assertThat(this.jdbc.sql("select screening_reference from referral_suggestion where screening_id = ?::uuid")
			.param(high.get("screeningId"))
			.query(String.class)
			.single()).isEqualTo(high.get("reference"));
	}

	@Test
	void malformedRecordsAreSkippedAndLaterRecordsStillProcessed() throws Exception {
		String key = UUID.randomUUID().toString();
		// Not a CloudEvent at all.
		this.producer.send(new ProducerRecord<>(TOPIC, key, "{not json".getBytes(StandardCharsets.UTF_8))).get();
		// Another type of event, a crisis by its fields.
		Map<String, Object> otherType = screening("phq-9", "minimal", false, true, "urgent-review");
		send(key, otherType, "org.carepath.intake.something-else.v1", "urn:carepath:intake-service");
		// Someone else's event of the right type.
		Map<String, Object> otherSource = screening("phq-9", "minimal", false, true, "urgent-review");
		send(key, otherSource, "org.carepath.intake.screening-completed.v1", "urn:example:impostor");
		// A CloudEvent whose data is not JSON.
		this.producer
			.send(record(key, UUID.randomUUID().toString(), "org.carepath.intake.screening-completed.v1",
					"urn:carepath:intake-service", "{\"eventId\": ".getBytes(StandardCharsets.UTF_8)))
			.get();
		// A screening without its crisis flag.
		Map<String, Object> incomplete = screening("phq-9", "minimal", false, true, "urgent-review");
		incomplete.remove("crisis");
		send(key, incomplete);
		// A high-risk screening from an intake older than nextStep: which screening calls
		// for a referral is intake's decision, never re-derived here from the band.
		Map<String, Object> withoutNextStep = screening("phq-9", "severe", true, false, "assessment-referral");
		withoutNextStep.remove("nextStep");
		send(key, withoutNextStep);

		processedUpTo(key);
		assertThat(suggestions(otherType)).isZero();
		assertThat(suggestions(otherSource)).isZero();
		assertThat(suggestions(incomplete)).isZero();
		assertThat(suggestions(withoutNextStep)).isZero();
	}

	/** Sends a high-risk marker on the key and waits until its suggestion exists. */
	private void processedUpTo(String key) throws Exception {
		Map<String, Object> marker = screening("dast-10", "severe", true, false, "assessment-referral");
		send(key, marker);
		await().atMost(PATIENCE).until(() -> suggestions(marker) == 1);
	}

	private void send(String key, Map<String, Object> data) throws Exception {
		send(key, data, "org.carepath.intake.screening-completed.v1", "urn:carepath:intake-service");
	}

	private void send(String key, Map<String, Object> data, String type, String source) throws Exception {
		this.producer.send(record(key, (String) data.get("eventId"), type, source, this.json.writeValueAsBytes(data)))
			.get();
	}

	/**
	 * A record as intake-service writes it: CloudEvents attributes as headers, the data
	 * as the value.
	 */
	private static ProducerRecord<String, byte[]> record(String key, String id, String type, String source,
			byte[] data) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, key, data);
		CloudEventHeaders
			.of(id, URI.create(source), type, Instant.now(),
					URI.create("urn:carepath:schema:intake:screening-completed:v1"))
			.forEach((name, value) -> record.headers().add(name, (byte[]) value));
		return record;
	}

	/** The data of intake's screening-completed.v1, as in its published schema. */
	private static Map<String, Object> screening(String instrument, String band, boolean positive, boolean crisis,
			String nextStep) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("eventId", UUID.randomUUID().toString());
		data.put("screeningId", UUID.randomUUID().toString());
		data.put("reference", "KXM-" + (1000 + (int) (Math.random() * 9000)));
		data.put("instrument", instrument);
		data.put("version", "1.0.0");
		data.put("score", 20);
		data.put("band", band);
		data.put("positive", positive);
		data.put("crisis", crisis);
		data.put("nextStep", nextStep);
		data.put("mode", "self");
		data.put("completedAt", "2026-03-01T10:00:00Z");
		return data;
	}

	private long suggestions(Map<String, Object> screening) {
		return this.jdbc.sql("select count(*) from referral_suggestion where screening_id = ?::uuid")
			.param(screening.get("screeningId"))
			.query(Long.class)
			.single();
	}

}
