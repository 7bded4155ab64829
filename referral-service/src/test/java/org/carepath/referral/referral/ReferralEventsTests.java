package org.carepath.referral.referral;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;
import static org.carepath.support.test.TestKafka.header;
import static org.carepath.support.test.TestKafka.headerNames;
import static org.carepath.support.test.TestKafka.headerValues;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Partner events through the transactional outbox, on a real PostgreSQL and a real Kafka
 * broker: what reaches which partner's topic, that the consent gate is applied again when
 * an event is sent, and delivery across a broker outage. Awaitility's limits only keep a
 * broken build from hanging; nothing here asserts how fast anything is.
 */
// The lifecycle event is externalized too, so that ReferralLifecycleEventsTests shares
// this context and its broker.
@SpringBootTest(properties = { "carepath.partner-events.enabled=true", "spring.kafka.listener.auto-startup=true",
		"spring.modulith.events.externalization.enabled=true", "carepath.outbox.resubmit-interval=500ms",
		"carepath.outbox.resubmit-min-age=0s" })
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class, EmbeddedKafkaConfiguration.class })
class ReferralEventsTests {

	static final String HARBOR_TOPIC = "referrals.partner.harbor.v1";

	static final String SUMMIT_TOPIC = "referrals.partner.summit.v1";

	static final Duration PATIENCE = Duration.ofSeconds(90);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestIssuer keycloak;

	@Autowired
	TestKafka kafka;

	@Test
	void aReferralToHarborIsOneCloudEventOnHarborsTopicWithOnlyWhatTheConsentCovers() throws Exception {
		UUID id = created(refer(ReferralRequests.toHarbor(false, true)));

		List<ConsumerRecord<String, byte[]>> records = delivered(HARBOR_TOPIC, id);
		assertThat(records).hasSize(1);
		ConsumerRecord<String, byte[]> record = records.get(0);

		CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
		assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
		assertThat(event.getType()).isEqualTo("org.carepath.referral.requested.v1");
		assertThat(event.getSource()).hasToString("urn:carepath:referral-service");
		assertThat(event.getDataContentType()).isEqualTo("application/json");
		assertThat(event.getDataSchema()).hasToString("urn:carepath:schema:org.carepath.referral.requested.v1");
		assertThat(event.getTime()).isNotNull();
		assertThat(headerNames(record)).containsExactlyInAnyOrder("ce_id", "ce_source", "ce_specversion", "ce_type",
				"ce_time", "ce_dataschema", "content-type");

		JsonNode data = this.json.readTree(record.value());
		EventSchemas.assertValid(EventSchemas.REQUESTED, data, this.json);
		assertThat(data.get("eventId").asString()).isEqualTo(event.getId());
		assertThat(data.get("referralId").asString()).isEqualTo(id.toString());
		assertThat(data.get("partnerId").asString()).isEqualTo("harbor");
		// share.contact=false: the consent does not cover contact, and none of it
		// travels.
		assertThat(data.has("contact")).isFalse();
		assertThat(data.get("scores").size()).isOne();
		String everything = record.key() + new String(record.value(), StandardCharsets.UTF_8) + headerValues(record);
		assertThat(everything).doesNotContainIgnoringCase("Alex Rivera")
			.doesNotContain("555-0123", "alex@example.org", "2008-05-14", "Maria Rivera", "KXM-4827");
		// The disclosure log names the very event the partner received.
		assertThat(this.jdbc.sql("select event_id::text from disclosure where referral_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(event.getId());
		assertThat(this.kafka.records(SUMMIT_TOPIC)).isEmpty();
	}

	@Test
	void aRefusedConsentSendsNothing() throws Exception {
		await().atMost(PATIENCE).until(this::outboxIsEmpty);
		Map<String, Object> unsigned = ReferralRequests.toHarbor(true, true);
		ReferralRequests.consent(unsigned).remove("signature");
		Map<String, Object> otherRecipient = ReferralRequests.toHarbor(true, true);
		ReferralRequests.consent(otherRecipient)
			.put("recipient", Map.of("programId", ReferralRequests.SUMMIT, "name", "Summit Residential Recovery"));
		Map<String, Object> expired = ReferralRequests.toHarbor(true, true);
		ReferralRequests.consent(expired).put("expiresOn", ReferralRequests.TODAY.minusDays(1).toString());
		ReferralRequests.consent(expired).put("signedOn", ReferralRequests.TODAY.minusDays(30).toString());
		Map<String, Object> uncovered = ReferralRequests.toHarbor(true, true);
		ReferralRequests.consent(uncovered)
			.put("information", Map.of("description", "The level of care chosen and the reason for referral",
					"elements", List.of("level-of-care", "reason-category")));

		for (Map<String, Object> refused : List.of(unsigned, otherRecipient, expired, uncovered)) {
			refer(refused).andExpect(status().isUnprocessableContent());
			// Nothing stored for the outbox: nothing can ever be sent for it.
			assertThat(outboxCount()).isZero();
		}

		// A referral made afterwards is delivered; by then anything a refused one had
		// caused would be there too.
		UUID valid = created(refer(ReferralRequests.toHarbor(true, true)));
		delivered(HARBOR_TOPIC, valid);
		Set<String> referrals = Set.copyOf(this.jdbc.sql("select id::text from referral").query(String.class).list());
		assertThat(keys(HARBOR_TOPIC)).isSubsetOf(referrals).contains(valid.toString());
		assertThat(this.kafka.records(SUMMIT_TOPIC)).isEmpty();
	}

	@Test
	void revokingTheConsentSendsTheCancellationAfterTheRequestOnTheSamePartition() throws Exception {
		UUID id = created(refer(ReferralRequests.toHarbor(true, true)));
		delivered(HARBOR_TOPIC, id);

		revoke(id).andExpect(status().isOk());

		await().atMost(PATIENCE).until(() -> types(delivered(HARBOR_TOPIC, id)).size() == 2);
		List<ConsumerRecord<String, byte[]>> records = delivered(HARBOR_TOPIC, id);
		assertThat(types(records)).containsExactly("org.carepath.referral.requested.v1",
				"org.carepath.referral.cancelled.v1");
		assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
		ConsumerRecord<String, byte[]> cancelled = records.get(1);
		JsonNode data = this.json.readTree(cancelled.value());
		EventSchemas.assertValid(EventSchemas.CANCELLED, data, this.json);
		assertThat(data.get("referralId").asString()).isEqualTo(id.toString());
		assertThat(data.get("eventId").asString()).isEqualTo(header(cancelled, "ce_id"));
		assertThat(header(cancelled, "ce_dataschema"))
			.isEqualTo("urn:carepath:schema:org.carepath.referral.cancelled.v1");
		assertThat(new String(cancelled.value(), StandardCharsets.UTF_8) + headerValues(cancelled))
			.doesNotContainIgnoringCase("Alex Rivera")
			.doesNotContain("555-0123");
	}

	@Test
	void aReferralMadeWhileTheBrokerIsDownSucceedsAndItsEventArrivesOnceItIsBack() throws Exception {
		UUID id;
		this.kafka.stop();
		try {
			id = created(refer(ReferralRequests.toHarbor(true, false)));
			// The send failed and was tried again: proof that the resubmission, not the
			// producer's own buffer, will
			// deliver it.
			UUID referral = id;
			await().atMost(PATIENCE).until(() -> resubmitted(referral, ReferralRequested.class));
		}
		finally {
			this.kafka.restart();
		}

		List<ConsumerRecord<String, byte[]>> records = delivered(HARBOR_TOPIC, id);
		// At least once; re-sends of one event carry its one id, so the partner can drop
		// duplicates.
		assertThat(records).isNotEmpty().allSatisfy(record -> {
			assertThat(header(record, "ce_type")).isEqualTo("org.carepath.referral.requested.v1");
			assertThat(header(record, "ce_id")).isEqualTo(header(records.get(0), "ce_id"));
		});
		EventSchemas.assertValid(EventSchemas.REQUESTED, this.json.readTree(records.get(0).value()), this.json);
	}

	@Test
	void aConsentRevokedWhileTheBrokerIsDownStopsTheRequestButNotTheCancellation() throws Exception {
		UUID id;
		this.kafka.stop();
		try {
			id = created(refer(ReferralRequests.toHarbor(true, true)));
			UUID referral = id;
			await().atMost(PATIENCE).until(() -> resubmitted(referral, ReferralRequested.class));
			revoke(id).andExpect(status().isOk());
			// At its next attempt the request meets the revoked consent and is dropped;
			// the cancellation waits.
			await().atMost(PATIENCE)
				.until(() -> publications(referral, ReferralRequested.class) == 0
						&& resubmitted(referral, ReferralCancelled.class));
		}
		finally {
			this.kafka.restart();
		}

		List<ConsumerRecord<String, byte[]>> records = delivered(HARBOR_TOPIC, id);
		assertThat(records).isNotEmpty()
			.allSatisfy(
					record -> assertThat(header(record, "ce_type")).isEqualTo("org.carepath.referral.cancelled.v1"));
		EventSchemas.assertValid(EventSchemas.CANCELLED, this.json.readTree(records.get(0).value()), this.json);
		// The accounting of disclosures must not claim the withheld request reached the
		// partner.
		this.mvc.perform(get("/api/referrals/" + id + "/disclosures").header(HttpHeaders.AUTHORIZATION, clinician()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.eventType == 'org.carepath.referral.requested.v1')].withheldAt").isNotEmpty())
			.andExpect(jsonPath("$[?(@.eventType == 'org.carepath.referral.cancelled.v1')].withheldAt")
				.value(org.hamcrest.Matchers.contains((Object) null)));
	}

	@Test
	void onlyAPartnerIdSlugCanNameATopic() {
		assertThat(ReferralEvents.topic("harbor")).isEqualTo(HARBOR_TOPIC);
		assertThatIllegalArgumentException().isThrownBy(() -> ReferralEvents.topic("Alex Rivera"));
		assertThatIllegalArgumentException().isThrownBy(() -> ReferralEvents.topic("harbor.v1.other"));
		assertThatIllegalArgumentException().isThrownBy(() -> ReferralEvents.topic("a".repeat(41)));
	}

	private ResultActions refer(Map<String, Object> body) throws Exception {
		return this.mvc.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, clinician())
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

	private UUID created(ResultActions result) throws Exception {
		String body = result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(this.json.readTree(body).get("id").asString());
	}

	/**
	 * The records of one referral on a topic, once at least one is there and the outbox
	 * has nothing left to send: by then every record the referral will ever cause is on
	 * the topic.
	 */
	private List<ConsumerRecord<String, byte[]>> delivered(String topic, UUID referral) {
		await().atMost(PATIENCE).until(() -> keys(topic).contains(referral.toString()));
		await().atMost(PATIENCE).until(this::outboxIsEmpty);
		return this.kafka.records(topic).stream().filter(record -> record.key().equals(referral.toString())).toList();
	}

	private List<String> keys(String topic) {
		return this.kafka.records(topic).stream().map(ConsumerRecord::key).toList();
	}

	private boolean outboxIsEmpty() {
		return outboxCount() == 0;
	}

	private int outboxCount() {
		return this.jdbc.sql("select count(*) from event_publication").query(Integer.class).single();
	}

	private int publications(UUID referral, Class<?> type) {
		return this.jdbc.sql("select count(*) from event_publication where event_type = ? and serialized_event like ?")
			.params(type.getName(), "%" + referral + "%")
			.query(Integer.class)
			.single();
	}

	private boolean resubmitted(UUID referral, Class<?> type) {
		return this.jdbc.sql("""
				select count(*) from event_publication
				where event_type = ? and serialized_event like ? and last_resubmission_date is not null""")
			.params(type.getName(), "%" + referral + "%")
			.query(Integer.class)
			.single() > 0;
	}

	private String clinician() {
		return "Bearer " + this.keycloak.token("clinician", List.of("staff", "clinician"), "carepath-referral");
	}

	private static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
		return records.stream().map(record -> header(record, "ce_type")).toList();
	}

}
