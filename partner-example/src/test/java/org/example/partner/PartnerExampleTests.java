package org.example.partner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example partner against a real Kafka broker and a stub of CarePath's Keycloak and
 * partner API. Events of one topic partition are handled in order, so once a later
 * "marker" referral is answered, everything sent before it has been handled: no test
 * waits for something not to happen.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:partner-tests;DB_CLOSE_DELAY=-1",
		"spring.kafka.producer.value-serializer=org.apache.kafka.common.serialization.ByteArraySerializer",
		"partner.retry.initial-interval=50ms", "partner.retry.max-interval=200ms",
		"logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN",
		// the embedded broker is plain; the stack's broker, with TLS and tokens, is
		// tested in devstack
		"spring.kafka.security.protocol=PLAINTEXT" })
@EmbeddedKafka(partitions = 1, topics = PartnerExampleTests.TOPIC,
		bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class PartnerExampleTests {

	static final String TOPIC = "referrals.partner.harbor.v1";

	static final StubCarePath carePath = stub();

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	MeterRegistry meters;

	@DynamicPropertySource
	static void carePath(DynamicPropertyRegistry registry) {
		registry.add("partner.gateway-url", carePath::url);
		registry.add("partner.issuer", () -> carePath.url() + "/realms/carepath");
	}

	@AfterAll
	static void stopStub() {
		carePath.close();
	}

	@Test
	void aRequestedReferralIsStoredAndAcceptedWithOurToken() {
		UUID referral = UUID.randomUUID();

		send(requested(referral));
		settle();

		assertThat(carePath.statusUpdates(referral)).singleElement().satisfies(call -> {
			assertThat(call.method()).isEqualTo("POST");
			assertThat(call.authorization()).isEqualTo("Bearer " + StubCarePath.TOKEN);
			assertThat(call.body()).contains("\"status\":\"accepted\"")
				.containsPattern("\"date\":\"\\d{4}-\\d{2}-\\d{2}\"");
		});
		assertThat(carePath.tokenRequests()).isNotEmpty().allSatisfy(call -> {
			assertThat(call.authorization()).isEqualTo("Basic " + Base64.getEncoder()
				.encodeToString("partner-harbor:partner-harbor-dev".getBytes(StandardCharsets.UTF_8)));
			assertThat(call.body()).contains("grant_type=client_credentials");
		});
		Map<String, Object> row = row(referral);
		assertThat(row).containsEntry("STATUS", "accepted")
			.containsEntry("LEVEL_OF_CARE_CODE", "1")
			.containsEntry("REASON_CATEGORY", "substance-use")
			.containsEntry("CONSENT_REFERENCE", "consent-" + referral);
		assertThat(String.valueOf(row.get("CONTACT"))).contains("Sam Doe");
		assertThat(String.valueOf(row.get("SCORES"))).contains("DAST-10");
	}

	@Test
	void theSameEventDeliveredTwiceIsAcceptedOnce() {
		UUID referral = UUID.randomUUID();
		ProducerRecord<String, byte[]> event = requested(referral);
		double storedBefore = requests("stored");
		double redeliveredBefore = requests("redelivered");

		send(event);
		send(copyOf(event));
		settle();

		assertThat(carePath.statusUpdates(referral)).hasSize(1);
		assertThat(requests("stored") - storedBefore).as("stored once, and settle()'s marker").isEqualTo(2.0);
		assertThat(requests("redelivered") - redeliveredBefore).as("recognised as seen").isEqualTo(1.0);
		assertThat(jdbc.sql("select count(*) from processed_event where id = :id")
			.param("id", header(event, "ce_id"))
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void aCancelledReferralLosesItsContactAndScores() {
		UUID referral = UUID.randomUUID();

		send(requested(referral));
		send(cancelled(referral));
		settle();

		Map<String, Object> row = row(referral);
		assertThat(row).containsEntry("STATUS", "cancelled")
			.containsEntry("CONTACT", null)
			.containsEntry("SCORES", null);
		assertThat(row.get("CANCELLED_AT")).isNotNull();
	}

	@Test
	void theAcceptIsSentOnceThePartnerApiIsBackUp() {
		UUID referral = UUID.randomUUID();
		carePath.failStatusUpdates(referral, 3);

		send(requested(referral));
		settle();

		// three answers refused with 503, then the one that was taken; none after it
		assertThat(carePath.statusUpdates(referral)).hasSize(4);
		assertThat(row(referral)).containsEntry("STATUS", "accepted");
	}

	@Test
	void aRefusedAnswerIsDoneAndTakesCarePathsStatus() {
		UUID referral = UUID.randomUUID();
		carePath.refuseStatusUpdates(referral, "cancelled");

		send(requested(referral));
		settle();

		assertThat(carePath.statusUpdates(referral)).hasSize(1);
		assertThat(row(referral)).containsEntry("STATUS", "cancelled");
	}

	@Test
	void aMalformedEventIsSkippedAndLaterOnesStillArrive() {
		UUID referral = UUID.randomUUID();
		ProducerRecord<String, byte[]> broken = record(referral, ReferralEventListener.REQUESTED,
				"{\"referralId\": ".getBytes(StandardCharsets.UTF_8));

		send(broken);
		settle();

		assertThat(carePath.statusUpdates(referral)).isEmpty();
		assertThat(jdbc.sql("select count(*) from referral where id = :id")
			.param("id", referral)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void offsetsAreCommittedForOurOwnConsumerGroup() throws Exception {
		send(requested(UUID.randomUUID()));
		settle();

		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
			Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("partner-harbor")
				.partitionsToOffsetAndMetadata()
				.get();
			assertThat(offsets.get(new TopicPartition(TOPIC, 0))).isNotNull()
				.satisfies(committed -> assertThat(committed.offset()).isPositive());
		}
	}

	private double requests(String outcome) {
		return this.meters.get("partner.referral.requests").tag("outcome", outcome).counter().count();
	}

	/**
	 * Sends a new referral and waits until it is accepted: everything sent before it has
	 * been handled.
	 */
	private void settle() {
		UUID marker = UUID.randomUUID();
		send(requested(marker));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("select status from referral where id = :id")
				.param("id", marker)
				.query(String.class)
				.optional()
				.filter("accepted"::equals)
				.isPresent());
	}

	private void send(ProducerRecord<String, byte[]> record) {
		kafka.send(record).join();
	}

	private Map<String, Object> row(UUID referral) {
		return jdbc.sql("select * from referral where id = :id").param("id", referral).query().singleRow();
	}

	private static ProducerRecord<String, byte[]> requested(UUID referral) {
		String data = """
				{"eventId": "%s", "referralId": "%s", "partnerId": "harbor",
				 "levelOfCare": {"edition": "ASAM-4", "code": "1", "name": "Outpatient treatment"},
				 "reasonCategory": "substance-use",
				 "contact": {"name": "Sam Doe", "phone": "+1 555 0100", "email": "sam@example.org", "preferredContact": "phone"},
				 "scores": [{"instrument": "DAST-10", "version": "1", "score": 6, "band": "substantial", "completedAt": "2026-11-20T10:00:00Z"}],
				 "consent": {"reference": "consent-%s", "version": 1, "expiresOn": "2027-05-20"},
				 "notice": "42 CFR part 2 prohibits unauthorized use or disclosure of these records.",
				 "requestedAt": "2026-11-20T10:05:00Z"}
				"""
			.formatted(UUID.randomUUID(), referral, referral);
		return record(referral, ReferralEventListener.REQUESTED, data.getBytes(StandardCharsets.UTF_8));
	}

	private static ProducerRecord<String, byte[]> cancelled(UUID referral) {
		String data = """
				{"eventId": "%s", "referralId": "%s", "partnerId": "harbor", "reason": "consent-revoked",
				 "cancelledAt": "2026-11-21T09:00:00Z",
				 "notice": "42 CFR part 2 prohibits unauthorized use or disclosure of these records."}
				""".formatted(UUID.randomUUID(), referral);
		return record(referral, ReferralEventListener.CANCELLED, data.getBytes(StandardCharsets.UTF_8));
	}

	/** A CloudEvent in Kafka binary mode, as CarePath's referral service writes it. */
	private static ProducerRecord<String, byte[]> record(UUID referral, String type, byte[] data) {
		RecordHeaders headers = new RecordHeaders();
		headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
		headers.add("ce_source", "urn:carepath:referral-service".getBytes(StandardCharsets.UTF_8));
		headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
		headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
		headers.add("ce_time", "2026-11-20T10:05:00Z".getBytes(StandardCharsets.UTF_8));
		headers.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
		return new ProducerRecord<>(TOPIC, null, referral.toString(), data, headers);
	}

	private static ProducerRecord<String, byte[]> copyOf(ProducerRecord<String, byte[]> record) {
		return new ProducerRecord<>(record.topic(), null, record.key(), record.value(),
				new RecordHeaders(record.headers().toArray()));
	}

	private static String header(ProducerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	private static StubCarePath stub() {
		try {
			return new StubCarePath();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
