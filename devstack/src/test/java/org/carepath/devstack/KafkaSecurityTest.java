package org.carepath.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The broker exactly as the stack runs it (devstack's own launcher, listeners, TLS,
 * authorizer and {@link KafkaAccess}) as a process, with tokens from {@link TestRealm}:
 * every client authenticates, each partner reads its own topic and nothing else, and bad
 * tokens are refused at authentication.
 */
class KafkaSecurityTest {

	private static final String HARBOR_TOPIC = "referrals.partner.harbor.v1";

	private static final String SUMMIT_TOPIC = "referrals.partner.summit.v1";

	@TempDir
	static Path home;

	static TestRealm realm;

	static KafkaCluster cluster;

	static KafkaClients clients;

	static int clientPort;

	static int partnerPort;

	@BeforeAll
	static void startBroker() throws Exception {
		realm = new TestRealm();
		// Kafka 4 clients call no OAuth URL that is not listed (the broker gets its own
		// list)
		System.setProperty("org.apache.kafka.sasl.oauthbearer.allowed.urls", realm.tokenUrl());
		clientPort = KafkaBroker.freePort();
		partnerPort = KafkaBroker.freePort();
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		cluster = new KafkaCluster(home, home, List.of(new KafkaBroker.Ports(clientPort, partnerPort, 0, 0)), classpath,
				java, realm.issuer(),
				new LocalCa(home.resolve("tls"), Path.of(System.getProperty("java.home")), home.resolve("tls.log")),
				JvmOptions.kafka(false));
		cluster.start();
		cluster.node(1).awaitReady(Duration.ofSeconds(90));
		cluster.applyAccess(List.of("harbor", "summit"));
		clients = new KafkaClients(realm, "127.0.0.1:" + clientPort, "127.0.0.1:" + partnerPort,
				cluster.caCertificate());
	}

	@AfterAll
	static void stopBroker() {
		if (cluster != null && cluster.node(1).process() != null) {
			ProcessTrees.stop(cluster.node(1).process().tree(), Instant.now().plusSeconds(10));
		}
		if (realm != null) {
			realm.close();
		}
	}

	@Test
	void topicsAndAclsComeFromTheRealmsPartners() throws Exception {
		try (Admin admin = cluster.admin()) {
			assertThat(admin.listTopics().names().get()).contains("intake.screenings.v1", "referrals.lifecycle.v1",
					HARBOR_TOPIC, SUMMIT_TOPIC);
			assertThat(admin.describeAcls(org.apache.kafka.common.acl.AclBindingFilter.ANY).values().get())
				.containsExactlyInAnyOrderElementsOf(KafkaAccess.acls(List.of("harbor", "summit")));
		}
	}

	@Test
	void aClientWithoutCredentialsGetsNoMetadataReadsNothingAndWritesNothing() {
		Map<String, Object> anonymous = clients.anonymous();
		try (Admin admin = Admin.create(KafkaClients.withTimeouts(anonymous))) {
			assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
				.isInstanceOfAny(ExecutionException.class, java.util.concurrent.TimeoutException.class);
		}
		try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(anonymous, null)) {
			assertThatThrownBy(() -> consumer.partitionsFor(HARBOR_TOPIC, Duration.ofSeconds(5)))
				.isInstanceOf(TimeoutException.class);
		}
		try (KafkaProducer<String, String> producer = KafkaClients.producer(anonymous)) {
			assertThatThrownBy(() -> producer.send(new ProducerRecord<>(HARBOR_TOPIC, "x", "forged")).get())
				.hasCauseInstanceOf(TimeoutException.class);
		}
	}

	@Test
	void harborReadsAReferralMadeForHarborOverTls() throws Exception {
		String key = UUID.randomUUID().toString();
		try (KafkaProducer<String, String> producer = KafkaClients.producer(clients.service("referral-service"))) {
			producer.send(new ProducerRecord<>(HARBOR_TOPIC, key, "{\"type\":\"referral\"}")).get();
		}
		try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(clients.partner("partner-harbor"),
				"partner-harbor")) {
			consumer.subscribe(List.of(HARBOR_TOPIC));
			List<String> keys = new ArrayList<>();
			Instant deadline = Instant.now().plusSeconds(30);
			while (!keys.contains(key) && Instant.now().isBefore(deadline)) {
				consumer.poll(Duration.ofMillis(500))
					.forEach((ConsumerRecord<String, String> record) -> keys.add(record.key()));
			}
			assertThat(keys).contains(key);
			consumer.commitSync();
		}
	}

	@Test
	void aPartnerSeesOnlyItsOwnTopic() throws Exception {
		try (Admin admin = Admin.create(KafkaClients.withTimeouts(clients.partner("partner-harbor")))) {
			assertThat(admin.listTopics().names().get()).containsExactly(HARBOR_TOPIC);
		}
	}

	@Test
	void summitCannotReadHarborsTopic() {
		try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(clients.partner("partner-summit"), null)) {
			consumer.assign(List.of(new TopicPartition(HARBOR_TOPIC, 0)));
			assertThat(KafkaClients.pollFailure(consumer)).isInstanceOf(TopicAuthorizationException.class);
		}
	}

	@Test
	void summitCannotJoinHarborsGroup() {
		try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(clients.partner("partner-summit"),
				"partner-harbor")) {
			consumer.subscribe(List.of(SUMMIT_TOPIC));
			assertThat(KafkaClients.pollFailure(consumer)).isInstanceOf(GroupAuthorizationException.class);
		}
	}

	@Test
	void aPartnerCannotWriteToItsOwnTopic() {
		Map<String, Object> harbor = new HashMap<>(clients.partner("partner-harbor"));
		// not idempotent, so the refusal is the topic's, not the producer id's
		harbor.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
		try (KafkaProducer<String, String> producer = KafkaClients.producer(harbor)) {
			assertThatThrownBy(() -> producer.send(new ProducerRecord<>(HARBOR_TOPIC, "x", "forged")).get())
				.hasCauseInstanceOf(TopicAuthorizationException.class);
		}
	}

	@Test
	void aPartnerCannotReadScreenings() {
		try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(clients.partner("partner-harbor"), null)) {
			consumer.assign(List.of(new TopicPartition("intake.screenings.v1", 0)));
			assertThat(KafkaClients.pollFailure(consumer)).isInstanceOf(TopicAuthorizationException.class);
		}
	}

	@Test
	void theServicesCannotReadPartnerTopics() {
		for (String service : List.of("referral-service", "intake-service")) {
			try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(clients.service(service), null)) {
				consumer.assign(List.of(new TopicPartition(HARBOR_TOPIC, 0)));
				assertThat(KafkaClients.pollFailure(consumer)).as(service)
					.isInstanceOf(TopicAuthorizationException.class);
			}
		}
	}

	@Test
	void intakeWritesScreeningsThatReferralReadsInItsGroup() throws Exception {
		String key = UUID.randomUUID().toString();
		try (KafkaProducer<String, String> producer = KafkaClients.producer(clients.service("intake-service"))) {
			producer.send(new ProducerRecord<>("intake.screenings.v1", key, "{}")).get();
		}
		try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(clients.service("referral-service"),
				"referral-service")) {
			consumer.subscribe(List.of("intake.screenings.v1"));
			List<String> keys = new ArrayList<>();
			Instant deadline = Instant.now().plusSeconds(30);
			while (!keys.contains(key) && Instant.now().isBefore(deadline)) {
				consumer.poll(Duration.ofMillis(500))
					.forEach((ConsumerRecord<String, String> record) -> keys.add(record.key()));
			}
			assertThat(keys).contains(key);
		}
	}

	/**
	 * A broker restart with authentication on: the clients that were connected log in
	 * again by themselves, and a consumer group resumes from its committed offset, so an
	 * outbox that re-sends what failed meanwhile loses nothing.
	 */
	@Test
	void afterABrokerRestartClientsLogInAgainAndMissNothing() throws Exception {
		String before = UUID.randomUUID().toString();
		String after = UUID.randomUUID().toString();
		try (KafkaProducer<String, String> producer = KafkaClients.producer(clients.service("referral-service"))) {
			producer.send(new ProducerRecord<>(SUMMIT_TOPIC, before, "{}")).get();
			try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(clients.partner("partner-summit"),
					"partner-summit")) {
				consumer.subscribe(List.of(SUMMIT_TOPIC));
				assertThat(KafkaClients.readUntil(consumer, before)).contains(before);
				consumer.commitSync();
			}

			restartBroker();

			// the outbox's re-send: the same producer, retried until the broker takes it
			Instant deadline = Instant.now().plusSeconds(60);
			while (true) {
				try {
					producer.send(new ProducerRecord<>(SUMMIT_TOPIC, after, "{}")).get();
					break;
				}
				catch (ExecutionException notYet) {
					assertThat(Instant.now()).as("the producer is back within 60 s").isBefore(deadline);
				}
			}
		}
		try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(clients.partner("partner-summit"),
				"partner-summit")) {
			consumer.subscribe(List.of(SUMMIT_TOPIC));
			assertThat(KafkaClients.readUntil(consumer, after)).as("from the committed offset on")
				.containsExactly(after);
		}
	}

	/**
	 * While Keycloak cannot be reached no client gets a token, so none logs in (the
	 * services' outbox keeps their events meanwhile); once it is back they do.
	 */
	@Test
	void withoutKeycloakNoClientLogsInAndOnceItIsBackTheyDo() throws Exception {
		Map<String, Object> config = new HashMap<>(clients.service("intake-service"));
		config.put("sasl.login.retry.backoff.max.ms", 1000L);
		realm.down(true);
		try {
			assertThatThrownBy(() -> KafkaClients.producer(config).close())
				.isInstanceOf(org.apache.kafka.common.KafkaException.class)
				.hasStackTraceContaining("503");
		}
		finally {
			realm.down(false);
		}
		try (KafkaProducer<String, String> producer = KafkaClients.producer(config)) {
			producer.send(new ProducerRecord<>("intake.screenings.v1", UUID.randomUUID().toString(), "{}")).get();
		}
	}

	@Test
	void aValidTokenPresentedAsIsIsAccepted() throws Exception {
		try (Admin admin = Admin.create(KafkaClients.withTimeouts(presenting(realm.tokenFor("partner-harbor"))))) {
			assertThat(admin.listTopics().names().get()).containsExactly(HARBOR_TOPIC);
		}
	}

	@Test
	void anExpiredTokenIsRefusedAtAuthentication() {
		assertRefusedAtAuthentication(realm.expiredToken("partner-harbor"));
	}

	@Test
	void aTokenSignedByAnotherKeyIsRefusedAtAuthentication() {
		assertRefusedAtAuthentication(realm.tokenSignedByAnotherKey("partner-harbor"));
	}

	@Test
	void aTokenFromAnotherRealmIsRefusedAtAuthentication() {
		assertRefusedAtAuthentication(realm.tokenFromAnotherRealm("partner-harbor"));
	}

	@Test
	void aTokenWithoutKafkasAudienceIsRefusedAtAuthentication() {
		assertRefusedAtAuthentication(realm.tokenWithoutKafkaAudience("partner-harbor"));
	}

	private static void restartBroker() throws Exception {
		KafkaBroker broker = cluster.node(1);
		ProcessTrees.stop(broker.process().tree(), Instant.now().plusSeconds(15));
		broker.start();
		broker.awaitReady(Duration.ofSeconds(90));
	}

	private static void assertRefusedAtAuthentication(String token) {
		try (Admin admin = Admin.create(KafkaClients.withTimeouts(presenting(token)))) {
			assertThatThrownBy(() -> admin.listTopics().names().get(20, TimeUnit.SECONDS))
				.hasCauseInstanceOf(SaslAuthenticationException.class);
		}
	}

	/** A client on the services' listener that presents this token, whatever it is. */
	private static Map<String, Object> presenting(String token) {
		Map<String, Object> config = new HashMap<>();
		config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + clientPort);
		config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
		config.put("sasl.mechanism", "OAUTHBEARER");
		config.put("sasl.login.callback.handler.class", FixedTokenLogin.class.getName());
		config.put("sasl.jaas.config",
				"org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required token=\"" + token
						+ "\" ;");
		return config;
	}

}
