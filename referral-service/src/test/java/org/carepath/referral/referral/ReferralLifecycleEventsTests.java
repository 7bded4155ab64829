package org.carepath.referral.referral;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.support.test.EmbeddedKafkaConfiguration;
import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.carepath.support.test.TestKafka;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carepath.support.test.TestKafka.header;
import static org.carepath.support.test.TestKafka.headerNames;
import static org.carepath.support.test.TestKafka.headerValues;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The referral lifecycle on {@code referrals.lifecycle.v1}, through the outbox to a real
 * broker: what intake reads to link a referral to its screening. Awaitility's limit only
 * keeps a broken build from hanging.
 */
// The configuration of ReferralEventsTests: one application context and one broker.
@SpringBootTest(properties = { "carepath.partner-events.enabled=true", "spring.kafka.listener.auto-startup=true",
		"spring.modulith.events.externalization.enabled=true", "carepath.outbox.resubmit-interval=500ms",
		"carepath.outbox.resubmit-min-age=0s" })
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class, EmbeddedKafkaConfiguration.class })
class ReferralLifecycleEventsTests {

	static final String TOPIC = "referrals.lifecycle.v1";

	static final Duration PATIENCE = Duration.ofSeconds(90);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestIssuer keycloak;

	@Autowired
	TestKafka kafka;

	@Test
	void eachStatusOfAReferralIsACloudEventOnTheLifecycleTopicInOrderWithoutPersonalData() throws Exception {
		Map<String, Object> body = ReferralRequests.toHarbor(true, true);
		String screening = (String) body.get("screeningId");
		String created = this.mvc
			.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, clinician())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID id = UUID.fromString(this.json.readTree(created).get("id").asString());
		this.mvc
			.perform(post("/api/referrals/" + id + "/status")
				.header(HttpHeaders.AUTHORIZATION,
						"Bearer " + this.keycloak.partnerToken("harbor", "carepath-referral"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"accepted\"}"))
			.andExpect(status().isOk());

		await().atMost(PATIENCE).until(() -> records(id).size() >= 2);
		List<ConsumerRecord<String, byte[]>> records = records(id);
		assertThat(records).hasSize(2);
		assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
		assertThat(records).extracting(record -> this.json.readTree(record.value()).get("status").asString())
			.containsExactly("requested", "accepted");
		for (ConsumerRecord<String, byte[]> record : records) {
			CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
			assertThat(event.getType()).isEqualTo("org.carepath.referral.status-changed.v1");
			assertThat(event.getSource()).hasToString("urn:carepath:referral-service");
			assertThat(event.getDataSchema())
				.hasToString("urn:carepath:schema:org.carepath.referral.status-changed.v1");
			assertThat(headerNames(record)).containsExactlyInAnyOrder("ce_id", "ce_source", "ce_specversion", "ce_type",
					"ce_time", "ce_dataschema", "content-type");
			JsonNode data = this.json.readTree(record.value());
			EventSchemas.assertValid(EventSchemas.STATUS_CHANGED, data, this.json);
			assertThat(data.get("eventId").asString()).isEqualTo(header(record, "ce_id"));
			assertThat(data.get("referralId").asString()).isEqualTo(id.toString());
			assertThat(data.get("screeningId").asString()).isEqualTo(screening);
			String everything = record.key() + new String(record.value(), StandardCharsets.UTF_8)
					+ headerValues(record);
			assertThat(everything).doesNotContainIgnoringCase("Rivera")
				.doesNotContain("555-0123", "alex@example.org", "KXM-4827", "harbor");
		}
	}

	private List<ConsumerRecord<String, byte[]>> records(UUID referral) {
		return this.kafka.records(TOPIC).stream().filter(record -> record.key().equals(referral.toString())).toList();
	}

	private String clinician() {
		return "Bearer " + this.keycloak.token("clinician", List.of("staff", "clinician"), "carepath-referral");
	}

}
