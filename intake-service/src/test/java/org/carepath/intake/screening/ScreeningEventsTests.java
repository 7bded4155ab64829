package org.carepath.intake.screening;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.support.test.EmbeddedKafkaConfiguration;
import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuerConfiguration;
import org.carepath.support.test.TestKafka;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carepath.support.test.TestKafka.header;
import static org.carepath.support.test.TestKafka.headerNames;
import static org.carepath.support.test.TestKafka.headerValues;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Screening events through the transactional outbox, on a real PostgreSQL and a real
 * Kafka broker. Awaitility's limits only keep a broken build from hanging; nothing here
 * asserts how fast anything is.
 */
@SpringBootTest(properties = { "spring.modulith.events.externalization.enabled=true",
		"carepath.outbox.resubmit-interval=500ms", "carepath.outbox.resubmit-min-age=0s" })
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class, EmbeddedKafkaConfiguration.class })
class ScreeningEventsTests {

	static final String TOPIC = "intake.screenings.v1";

	static final Duration PATIENCE = Duration.ofSeconds(90);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestKafka kafka;

	@Test
	void aStoredScreeningIsPublishedOnceAsACloudEventWithoutAnswersOrContact() throws Exception {
		Map<String, Object> request = phq9("LA6569-3");
		request.put("contact", Map.of("name", "Sam Doe", "phone", "201-555-0123", "consentToContact", true));
		request.put("respondent", Map.of("sex", "female", "ageBand", "18-25"));
		JsonNode result = created(submit(request));
		UUID id = UUID.fromString(result.get("id").asString());
		assertThat(this.jdbc.sql("select count(*) from screening where id = ?").param(id).query(Integer.class).single())
			.isOne();

		await().atMost(PATIENCE).until(() -> keys().contains(id.toString()));
		// Sent and acknowledged: the outbox has nothing left for it, so every record it
		// will ever cause is on the topic.
		await().atMost(PATIENCE).until(this::outboxIsEmpty);
		List<ConsumerRecord<String, byte[]>> records = this.kafka.records(TOPIC)
			.stream()
			.filter(record -> record.key().equals(id.toString()))
			.toList();
		assertThat(records).hasSize(1);
		ConsumerRecord<String, byte[]> record = records.get(0);

		CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
		assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
		assertThat(event.getType()).isEqualTo("org.carepath.intake.screening-completed.v1");
		assertThat(event.getSource()).hasToString("urn:carepath:intake-service");
		assertThat(event.getDataContentType()).isEqualTo("application/json");
		assertThat(event.getDataSchema()).hasToString("urn:carepath:schema:intake:screening-completed:v1");
		assertThat(event.getTime()).isNotNull();
		assertThat(headerNames(record)).containsExactlyInAnyOrder("ce_id", "ce_source", "ce_specversion", "ce_type",
				"ce_time", "ce_dataschema", "content-type");

		JsonNode data = this.json.readTree(record.value());
		assertThat(data.propertyNames()).containsExactlyInAnyOrder("eventId", "screeningId", "reference", "instrument",
				"version", "score", "band", "positive", "crisis", "nextStep", "mode", "completedAt");
		assertThat(data.get("eventId").asString()).isEqualTo(event.getId());
		assertThat(data.get("screeningId").asString()).isEqualTo(id.toString());
		assertThat(data.get("reference").asString()).isEqualTo(result.get("reference").asString());
		assertThat(data.get("instrument").asString()).isEqualTo("phq-9");
		assertThat(data.get("version").asString()).isEqualTo(result.get("version").asString());
		assertThat(data.get("score").asInt()).isEqualTo(1);
		assertThat(data.get("band").asString()).isEqualTo("minimal");
		assertThat(data.get("positive").asBoolean()).isFalse();
		assertThat(data.get("crisis").asBoolean()).isTrue();
		assertThat(data.get("nextStep").asString()).isEqualTo("urgent-review");
		assertThat(data.get("mode").asString()).isEqualTo("self");
		String everything = new String(record.value(), StandardCharsets.UTF_8) + headerValues(record);
		assertThat(everything).doesNotContain("Sam Doe", "201-555-0123", "2015550123", "LA6569-3", "female", "18-25");
	}

	@Test
	void submissionsWhileTheBrokerIsDownSucceedAndEveryEventArrivesOnceItIsBack() throws Exception {
		List<String> ids = new ArrayList<>();
		this.kafka.stop();
		try {
			for (int i = 0; i < 5; i++) {
				ids.add(created(submit(phq9("LA6568-5"))).get("id").asString());
			}
			// Each send failed and was tried again: proof that the resubmission, not the
			// producer's own buffer, will
			// deliver them.
			await().atMost(PATIENCE).until(() -> resubmittedCount(ids) == ids.size());
		}
		finally {
			this.kafka.restart();
		}

		await().atMost(PATIENCE).until(() -> keys().containsAll(ids));
		await().atMost(PATIENCE).until(this::outboxIsEmpty);
		Map<String, Set<String>> eventIdsByScreening = this.kafka.records(TOPIC)
			.stream()
			.filter(record -> ids.contains(record.key()))
			.collect(Collectors.groupingBy(ConsumerRecord::key,
					Collectors.mapping(record -> header(record, "ce_id"), Collectors.toSet())));
		// At least once; re-sends of one event carry its one id, so consumers can drop
		// the duplicates.
		assertThat(eventIdsByScreening).containsOnlyKeys(ids)
			.allSatisfy((screening, eventIds) -> assertThat(eventIds).hasSize(1));
	}

	@Test
	void anInvalidSubmissionPublishesNothing() throws Exception {
		Map<String, Object> invalid = phq9("LA6568-5");
		((Map<String, Object>) invalid.get("answers")).remove("3");
		submit(invalid).andExpect(status().isBadRequest());
		String valid = created(submit(phq9("LA6568-5"))).get("id").asString();

		await().atMost(PATIENCE).until(() -> keys().contains(valid));
		await().atMost(PATIENCE).until(this::outboxIsEmpty);
		List<String> keys = keys();
		Set<String> stored = Set.copyOf(this.jdbc.sql("select id::text from screening").query(String.class).list());
		assertThat(stored).containsAll(keys);
	}

	private ResultActions submit(Map<String, Object> request) throws Exception {
		return this.mvc.perform(post("/api/intake/screenings").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(request)));
	}

	private JsonNode created(ResultActions result) throws Exception {
		return this.json
			.readTree(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	private List<String> keys() {
		return this.kafka.records(TOPIC).stream().map(ConsumerRecord::key).toList();
	}

	private boolean outboxIsEmpty() {
		return this.jdbc.sql("select count(*) from event_publication").query(Integer.class).single() == 0;
	}

	private int resubmittedCount(List<String> screeningIds) {
		return (int) this.jdbc
			.sql("select serialized_event from event_publication where last_resubmission_date is not null")
			.query(String.class)
			.list()
			.stream()
			.filter(event -> screeningIds.stream().anyMatch(event::contains))
			.count();
	}

	/** PHQ-9 with every item "Not at all" but item 9. */
	private static Map<String, Object> phq9(String item9) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 8; i++) {
			answers.put(String.valueOf(i), "LA6568-5");
		}
		answers.put("9", item9);
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("instrument", "phq-9");
		request.put("mode", "self");
		request.put("answers", answers);
		return request;
	}

}
