package org.carepath.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.QuorumInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Three Kafka nodes exactly as the stack runs them with {@code --brokers 3}, as
 * processes: they form one quorum, topics have three replicas and need two, the cluster
 * takes and serves every record with any one node killed, the node started again rejoins,
 * and every node's listeners refuse what node 1's do ({@link KafkaSecurityTest} covers
 * the refusals in full on one node).
 */
class KafkaClusterTest {

	private static final String HARBOR_TOPIC = KafkaAccess.partnerTopic("harbor");

	@TempDir
	static Path home;

	static TestRealm realm;

	static KafkaCluster cluster;

	static KafkaClients clients;

	@BeforeAll
	static void startThreeNodes() throws Exception {
		realm = new TestRealm();
		System.setProperty("org.apache.kafka.sasl.oauthbearer.allowed.urls", realm.tokenUrl());
		List<KafkaBroker.Ports> ports = new ArrayList<>();
		for (int n = 0; n < 3; n++) {
			ports.add(new KafkaBroker.Ports(KafkaBroker.freePort(), KafkaBroker.freePort(), KafkaBroker.freePort(),
					KafkaBroker.freePort()));
		}
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		cluster = new KafkaCluster(home, home, ports, classpath, java, realm.issuer(),
				new LocalCa(home.resolve("tls"), Path.of(System.getProperty("java.home")), home.resolve("tls.log")),
				JvmOptions.kafka(false));
		Instant begin = Instant.now();
		try {
			cluster.start();
			for (KafkaBroker node : cluster.nodes()) {
				node.awaitReady(Duration.ofSeconds(120));
			}
		}
		catch (Exception failed) {
			// the logs live in the temporary folder, which JUnit deletes: show them
			try (var logs = Files.list(home)) {
				for (Path log : logs.filter(path -> path.toString().endsWith(".log")).sorted().toList()) {
					System.out.println("---- " + log.getFileName() + " ----");
					System.out.println(Files.readString(log));
				}
			}
			throw failed;
		}
		System.out.printf("Three Kafka nodes formed a cluster in %.1f s%n", seconds(begin));
		cluster.applyAccess(List.of("harbor", "summit"));
		clients = new KafkaClients(realm, cluster.bootstrapServers(), cluster.partnerBootstrapServers(),
				cluster.caCertificate());
	}

	@AfterAll
	static void stopNodes() {
		if (cluster != null) {
			List<ProcessHandle> all = new ArrayList<>();
			cluster.nodes()
				.stream()
				.filter(node -> node.process() != null)
				.forEach(node -> all.addAll(node.process().tree()));
			ProcessTrees.stop(all, Instant.now().plusSeconds(15));
		}
		if (realm != null) {
			realm.close();
		}
	}

	@Test
	void threeNodesFormOneQuorumOfThreeVoters() throws Exception {
		try (Admin admin = cluster.admin()) {
			assertThat(admin.describeCluster().nodes().get()).extracting(Node::id).containsExactlyInAnyOrder(1, 2, 3);
			QuorumInfo quorum = admin.describeMetadataQuorum().quorumInfo().get();
			assertThat(quorum.voters()).extracting(QuorumInfo.ReplicaState::replicaId)
				.containsExactlyInAnyOrder(1, 2, 3);
			assertThat(quorum.leaderId()).isIn(1, 2, 3);
		}
	}

	@Test
	void everyTopicHasThreeReplicasAndNeedsTwoInSync() throws Exception {
		List<String> topics = KafkaAccess.topics(List.of("harbor", "summit"));
		try (Admin admin = cluster.admin()) {
			Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get();
			assertThat(described.get(KafkaAccess.SCREENINGS).partitions()).as("enough to spread").hasSize(6);
			assertThat(described.get(HARBOR_TOPIC).partitions()).as("one order per partner").hasSize(1);
			assertThat(described.values()).allSatisfy(topic -> assertThat(topic.partitions())
				.allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3)));
			Map<ConfigResource, Config> configs = admin
				.describeConfigs(
						topics.stream().map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList())
				.all()
				.get();
			assertThat(configs.values()).allSatisfy(
					config -> assertThat(config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value()).isEqualTo("2"));
		}
	}

	/**
	 * The node that leads the controller quorum is killed while an idempotent
	 * {@code acks=all} producer sends: every record is acknowledged, a consumer group
	 * reads them all with the node still down, and the node started again on its ports
	 * rejoins (every replica back in sync).
	 */
	@Test
	void withOneNodeKilledEveryRecordIsAcknowledgedAndReadAndTheNodeRejoins() throws Exception {
		int victim;
		try (Admin admin = cluster.admin()) {
			victim = admin.describeMetadataQuorum().quorumInfo().get().leaderId();
		}
		KafkaBroker killed = cluster.node(victim);
		// bootstrap from the nodes that stay up, so the clients start whatever happens
		KafkaClients survivors = clients.at(others(victim, KafkaBroker::clientAddress),
				others(victim, KafkaBroker::partnerAddress));
		Set<String> sent = new HashSet<>();
		Map<String, Duration> ackedAfter = new ConcurrentHashMap<>();
		Instant killedAt;
		try (KafkaProducer<String, String> producer = reliableProducer(clients.service("intake-service"))) {
			for (Future<RecordMetadata> ack : send(producer, 50, sent, ackedAfter)) {
				ack.get(60, TimeUnit.SECONDS);
			}
			killed.crash();
			killedAt = Instant.now();
			List<Future<RecordMetadata>> after = new ArrayList<>();
			for (int i = 0; i < 150; i++) {
				after.addAll(send(producer, 1, sent, ackedAfter));
				Thread.sleep(20);
			}
			for (Future<RecordMetadata> ack : after) {
				ack.get(150, TimeUnit.SECONDS);
			}
		}
		assertThat(ackedAfter).as("acknowledged").hasSize(200);
		long slowestAck = ackedAfter.values().stream().mapToLong(Duration::toMillis).max().orElseThrow();
		System.out.printf("Node %d killed: 200 of 200 records acknowledged (acks=all), the slowest after %.1f s%n",
				victim, slowestAck / 1000.0);

		Set<String> read = new HashSet<>();
		try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(survivors.service("referral-service"),
				"referral-service")) {
			consumer.subscribe(List.of(KafkaAccess.SCREENINGS));
			Instant deadline = Instant.now().plusSeconds(120);
			while (!read.containsAll(sent) && Instant.now().isBefore(deadline)) {
				consumer.poll(Duration.ofMillis(500)).forEach(record -> read.add(record.key()));
			}
			consumer.commitSync();
		}
		assertThat(read).as("every acknowledged record, read with a node down").containsAll(sent);

		Instant restartedAt = Instant.now();
		killed.start();
		killed.awaitReady(Duration.ofSeconds(120));
		double ready = seconds(restartedAt);
		try (Admin admin = cluster.admin()) {
			Instant deadline = Instant.now().plusSeconds(120);
			while (!fullyInSync(admin) && Instant.now().isBefore(deadline)) {
				Thread.sleep(500);
			}
			assertThat(fullyInSync(admin)).as("every replica back in sync").isTrue();
			assertThat(admin.describeMetadataQuorum().quorumInfo().get().voters())
				.extracting(QuorumInfo.ReplicaState::replicaId)
				.containsExactlyInAnyOrder(1, 2, 3);
		}
		System.out.printf("Node %d started again: serving after %.1f s, all replicas in sync after %.1f s "
				+ "(%.1f s after the kill)%n", victim, ready, seconds(restartedAt), seconds(killedAt));
	}

	@Test
	void aSecondNodesListenersRefuseWhatTheFirstsDo() throws Exception {
		KafkaBroker second = cluster.node(2);
		KafkaClients atSecond = clients.at(second.clientAddress(), second.partnerAddress());
		try (Admin admin = Admin.create(KafkaClients.withTimeouts(atSecond.anonymous()))) {
			assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
				.isInstanceOfAny(ExecutionException.class, java.util.concurrent.TimeoutException.class);
		}
		try (Admin admin = Admin.create(KafkaClients.withTimeouts(atSecond.partner("partner-harbor")))) {
			assertThat(admin.listTopics().names().get()).containsExactly(HARBOR_TOPIC);
		}
		try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(atSecond.partner("partner-summit"), null)) {
			consumer.assign(List.of(new TopicPartition(HARBOR_TOPIC, 0)));
			assertThat(KafkaClients.pollFailure(consumer)).isInstanceOf(TopicAuthorizationException.class);
		}
	}

	private static String others(int victim, java.util.function.Function<KafkaBroker, String> address) {
		return String.join(",", cluster.nodes().stream().filter(node -> node.id() != victim).map(address).toList());
	}

	/** As the services send: every record on two nodes before it counts, once each. */
	private static KafkaProducer<String, String> reliableProducer(Map<String, Object> service) {
		Map<String, Object> config = new HashMap<>(KafkaClients.withTimeouts(service));
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120000);
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 60000);
		return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
	}

	/** Sends records with new keys; records how long each took to be acknowledged. */
	private static List<Future<RecordMetadata>> send(KafkaProducer<String, String> producer, int count,
			Set<String> keys, Map<String, Duration> ackedAfter) {
		List<Future<RecordMetadata>> acks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String key = UUID.randomUUID().toString();
			keys.add(key);
			Instant sentAt = Instant.now();
			acks.add(producer.send(new ProducerRecord<>(KafkaAccess.SCREENINGS, key, "{}"), (metadata, failure) -> {
				if (failure == null) {
					ackedAfter.put(key, Duration.between(sentAt, Instant.now()));
				}
			}));
		}
		return acks;
	}

	private static boolean fullyInSync(Admin admin) throws Exception {
		return admin.describeTopics(KafkaAccess.topics(List.of("harbor", "summit")))
			.allTopicNames()
			.get()
			.values()
			.stream()
			.flatMap(topic -> topic.partitions().stream())
			.map(TopicPartitionInfo::isr)
			.allMatch(isr -> isr.size() == 3);
	}

	private static double seconds(Instant since) {
		return Duration.between(since, Instant.now()).toMillis() / 1000.0;
	}

}
