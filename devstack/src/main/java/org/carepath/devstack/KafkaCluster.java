package org.carepath.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.QuorumInfo;

/**
 * The stack's Kafka: one node, or three, each a combined broker + controller
 * ({@link KafkaBroker}) in its own JVM with its own data folder, all with the same
 * security (docs/kafka-operations.md). With three nodes the controller quorum is a static
 * voter set on fixed ports ({@code controller.quorum.voters}), so a node killed and
 * started again on its ports rejoins it; topics then have three replicas and
 * {@code min.insync.replicas=2}, so the cluster takes acknowledged writes with any one
 * node down.
 */
final class KafkaCluster {

	/**
	 * With three nodes, the other nodes' listeners and every node's internal and
	 * controller listeners take ports from a block of 100 starting this far above the
	 * services' port: 9100–9199 for the default 9092, 19100–19199 for e2e's 19092.
	 */
	static final int EXTRA_PORTS_OFFSET = 8;

	/**
	 * How long {@link #applyAccess} waits for every node to have the topics and ACLs:
	 * they are in the metadata log at once, a node that lags a few hundred ms behind is
	 * normal.
	 */
	private static final Duration ACCESS_REPLICATION_TIMEOUT = Duration.ofSeconds(30);

	private final Path dataDir;

	private final String classpath;

	private final Path java;

	private final String issuer;

	private final LocalCa ca;

	private final List<String> jvmOptions;

	private final List<KafkaBroker> nodes;

	private volatile Path sharedArchives;

	private String clusterId;

	/**
	 * @param dataDir where node 1 keeps {@code kafka/} and node n {@code kafka-<n>/}
	 * @param logDir {@code kafka.log} for node 1, {@code kafka-<n>.log} for node n
	 * @param ports each node's listeners, node 1 first ({@link #layout})
	 * @param classpath the brokers' jars, {@code devstack/target/lib/*}
	 * @param issuer the realm whose tokens the client listeners accept
	 * @param ca issues the brokers' certificate
	 * @param jvmOptions the nodes' memory and JIT options ({@link JvmOptions#kafka})
	 */
	KafkaCluster(Path dataDir, Path logDir, List<KafkaBroker.Ports> ports, String classpath, Path java, String issuer,
			LocalCa ca, List<String> jvmOptions) {
		if (ports.size() != 1 && ports.size() != 3) {
			throw new IllegalArgumentException("Kafka runs as 1 or 3 nodes, not " + ports.size() + ".");
		}
		if (ports.size() > 1 && ports.stream().anyMatch(node -> node.internal() == 0 || node.controller() == 0)) {
			throw new IllegalArgumentException("Several nodes need fixed controller and internal ports.");
		}
		this.dataDir = dataDir;
		this.classpath = classpath;
		this.java = java;
		this.issuer = issuer;
		this.ca = ca;
		this.jvmOptions = List.copyOf(jvmOptions);
		List<KafkaBroker> list = new ArrayList<>();
		for (int id = 1; id <= ports.size(); id++) {
			String name = id == 1 ? "kafka" : "kafka-" + id;
			list.add(
					new KafkaBroker(this, id, dataDir.resolve(name), logDir.resolve(name + ".log"), ports.get(id - 1)));
		}
		this.nodes = List.copyOf(list);
	}

	/**
	 * The stack's ports: node 1 serves on the services' and partners' ports as a single
	 * broker does. With three nodes node n's block is {@code base + 10·(n-1)}: +0
	 * services, +1 partners, +2 internal, +3 controller (node 1 uses only +2 and +3);
	 * with one node its internal and controller ports are free ones at every start.
	 */
	static List<KafkaBroker.Ports> layout(int nodes, int clientPort, int partnerPort) {
		if (nodes == 1) {
			return List.of(new KafkaBroker.Ports(clientPort, partnerPort, 0, 0));
		}
		int base = clientPort + EXTRA_PORTS_OFFSET;
		List<KafkaBroker.Ports> ports = new ArrayList<>();
		for (int n = 1; n <= nodes; n++) {
			int block = base + 10 * (n - 1);
			ports.add(n == 1 ? new KafkaBroker.Ports(clientPort, partnerPort, block + 2, block + 3)
					: new KafkaBroker.Ports(block, block + 1, block + 2, block + 3));
		}
		return List.copyOf(ports);
	}

	int size() {
		return nodes.size();
	}

	List<KafkaBroker> nodes() {
		return nodes;
	}

	/** Node 1, 2 or 3. */
	KafkaBroker node(int id) {
		return nodes.get(id - 1);
	}

	/** 3 with three nodes, 1 with one. */
	int replicationFactor() {
		return nodes.size() == 1 ? 1 : 3;
	}

	/** 2 with three nodes (one may be down), 1 with one. */
	int minInsyncReplicas() {
		return nodes.size() == 1 ? 1 : 2;
	}

	/** Every node's services listener, for {@code spring.kafka.bootstrap-servers}. */
	String bootstrapServers() {
		return nodes.stream().map(KafkaBroker::clientAddress).collect(Collectors.joining(","));
	}

	/** Every node's partner listener. */
	String partnerBootstrapServers() {
		return nodes.stream().map(KafkaBroker::partnerAddress).collect(Collectors.joining(","));
	}

	Path caCertificate() {
		return ca.caCertificate();
	}

	String jwksUrl() {
		return issuer + "/protocol/openid-connect/certs";
	}

	String classpath() {
		return classpath;
	}

	/**
	 * Each node's JVM keeps its loaded classes in a dynamic CDS archive in {@code dir}
	 * ({@link SharedArchive}).
	 */
	void useSharedArchives(Path dir) {
		this.sharedArchives = dir;
	}

	/** The node's CDS options, none unless {@link #useSharedArchives}. */
	List<String> sharedArchiveOptions(String node) {
		return sharedArchives == null ? List.of() : SharedArchive.options(sharedArchives.resolve(node + ".jsa"));
	}

	List<String> jvmOptions() {
		return jvmOptions;
	}

	Path java() {
		return java;
	}

	/**
	 * Starts every node without waiting (they elect a controller among themselves, so
	 * none is ready before a majority runs): wait with {@link #isReady()}.
	 */
	List<ChildProcess> start() throws IOException, StackException, InterruptedException {
		checkData(dataDir, nodes.size());
		for (KafkaBroker node : nodes) {
			for (int port : List.of(node.ports().client(), node.ports().partner(), node.ports().internal(),
					node.ports().controller())) {
				if (port != 0 && !Preflight.isFree(port)) {
					throw new StackException("Port " + port + " (" + node.label()
							+ ") is already in use — stop what uses it or set CAREPATH_KAFKA_PORT.");
				}
			}
		}
		ca.ensure();
		clusterId();
		// formatting is a JVM per node too: all at once, then all nodes
		List<ChildProcess> formats = new ArrayList<>();
		for (KafkaBroker node : nodes) {
			formats.add(node.prepare());
		}
		for (int i = 0; i < nodes.size(); i++) {
			nodes.get(i).awaitFormatted(formats.get(i));
		}
		List<ChildProcess> processes = new ArrayList<>();
		for (KafkaBroker node : nodes) {
			processes.add(node.launch());
		}
		return processes;
	}

	/**
	 * Refuses one node on data that three wrote: their topics need two in sync. (Three on
	 * one node's data are fine: its topics keep their single replica.)
	 */
	static void checkData(Path dataDir, int nodes) throws StackException {
		if (nodes == 1 && Files.exists(dataDir.resolve("kafka-2/data/meta.properties"))) {
			throw new StackException("Kafka's data in " + dataDir + " was written by three brokers, whose topics "
					+ "need two of them: start with --brokers 3, or with --reset to begin afresh with one.");
		}
	}

	/** Every node serves clients. */
	boolean isReady() {
		return nodes.stream().allMatch(KafkaBroker::isReady);
	}

	/**
	 * One id for all nodes: the one a node already formatted with (a new node joining an
	 * existing one), else a new one.
	 */
	synchronized String clusterId() throws IOException {
		if (clusterId == null) {
			for (KafkaBroker node : nodes) {
				Optional<String> existing = formattedId(node.dataDir().resolve("meta.properties"));
				if (existing.isPresent()) {
					clusterId = existing.get();
					break;
				}
			}
			if (clusterId == null) {
				clusterId = newClusterId();
			}
		}
		return clusterId;
	}

	private static Optional<String> formattedId(Path metaProperties) throws IOException {
		if (!Files.exists(metaProperties)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (var reader = Files.newBufferedReader(metaProperties)) {
			properties.load(reader);
		}
		return Optional.ofNullable(properties.getProperty("cluster.id"));
	}

	/** Kafka's cluster ids are 16 random bytes, URL-safe base64 without padding. */
	private static String newClusterId() {
		SecureRandom random = new SecureRandom();
		byte[] bytes = new byte[16];
		String id;
		do { // like Kafka's Uuid.randomUuid: an id starting with '-' would read as an
				// option
			random.nextBytes(bytes);
			id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}
		while (id.startsWith("-"));
		return id;
	}

	/** The voters as {@code id@host:port}, with this start's port for a single node. */
	private String voters(KafkaBroker self, KafkaBroker.Ports selfPorts) {
		return nodes.stream()
			.map(node -> node.id() + "@127.0.0.1:"
					+ (node == self ? selfPorts.controller() : node.ports().controller()))
			.collect(Collectors.joining(","));
	}

	/**
	 * A node's configuration, written on every start. The voter list is static (not
	 * {@code --standalone} or {@code --initial-controllers}, which record the voters'
	 * addresses in the metadata log): a single node may then take other internal ports on
	 * every start, and three nodes keep theirs fixed.
	 */
	String serverProperties(KafkaBroker node, KafkaBroker.Ports ports) throws IOException {
		String oauth = "org.apache.kafka.common.security.oauthbearer.";
		return """
				# Written by devstack on every start.
				process.roles=broker,controller
				node.id=%15$d
				controller.quorum.voters=%16$s
				listeners=CLIENT://127.0.0.1:%1$d,PARTNER://127.0.0.1:%2$d,INTERNAL://127.0.0.1:%3$d,CONTROLLER://127.0.0.1:%4$d
				advertised.listeners=CLIENT://127.0.0.1:%1$d,PARTNER://127.0.0.1:%2$d,INTERNAL://127.0.0.1:%3$d
				controller.listener.names=CONTROLLER
				inter.broker.listener.name=INTERNAL
				listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,PARTNER:SASL_SSL,INTERNAL:SSL,CONTROLLER:SSL
				# Deny by default; only the brokers' own certificate is a super user.
				authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
				allow.everyone.if.no.acl.found=false
				super.users=%5$s
				# Mutual TLS inside the cluster, server TLS for partners.
				ssl.keystore.type=PKCS12
				ssl.keystore.location=%6$s
				ssl.keystore.password=%7$s
				ssl.truststore.type=PEM
				ssl.truststore.location=%8$s
				listener.name.internal.ssl.client.auth=required
				listener.name.controller.ssl.client.auth=required
				listener.name.partner.ssl.client.auth=none
				# Tokens of the realm, checked by Kafka itself against its keys; the principal is the client id.
				sasl.enabled.mechanisms=OAUTHBEARER
				listener.name.client.oauthbearer.sasl.server.callback.handler.class=%9$sOAuthBearerValidatorCallbackHandler
				listener.name.client.oauthbearer.sasl.jaas.config=%9$sOAuthBearerLoginModule required ;
				listener.name.partner.oauthbearer.sasl.server.callback.handler.class=%9$sOAuthBearerValidatorCallbackHandler
				listener.name.partner.oauthbearer.sasl.jaas.config=%9$sOAuthBearerLoginModule required ;
				sasl.oauthbearer.jwks.endpoint.url=%10$s
				sasl.oauthbearer.expected.issuer=%11$s
				sasl.oauthbearer.expected.audience=%12$s
				sasl.oauthbearer.sub.claim.name=azp
				connections.max.reauth.ms=%13$d
				log.dirs=%14$s
				num.partitions=1
				# Topics come from KafkaAccess, with their ACLs.
				auto.create.topics.enable=false
				# With three nodes every write is on two before it is acknowledged (acks=all).
				default.replication.factor=%17$d
				min.insync.replicas=%18$d
				unclean.leader.election.enable=false
				offsets.topic.replication.factor=%17$d
				transaction.state.log.replication.factor=%17$d
				transaction.state.log.min.isr=%18$d
				share.coordinator.state.topic.replication.factor=%17$d
				share.coordinator.state.topic.min.isr=%18$d
				group.initial.rebalance.delay.ms=0
				# The log cleaner (compacted topics: only Kafka's own offsets here) allocates its dedupe buffer, 128 MB
				# by default, on the heap when the node starts: half of the 256 MB heap, and an OutOfMemoryError when the
				# rest of a starting node's heap is in use. 16 MB holds the offsets of far more keys than a dev stack has.
				log.cleaner.dedupe.buffer.size=16777216
				"""
			.formatted(ports.client(), ports.partner(), ports.internal(), ports.controller(), LocalCa.BROKER_PRINCIPAL,
					ca.brokerKeyStore(), ca.password(), ca.caCertificate(), oauth, jwksUrl(), issuer,
					KafkaBroker.AUDIENCE, KafkaBroker.REAUTHENTICATION.toMillis(), node.dataDir(), node.id(),
					voters(node, ports), replicationFactor(), minInsyncReplicas());
	}

	/**
	 * An admin client with the brokers' own certificate on the inter-broker listeners of
	 * every node: the super user, to create topics and ACLs.
	 */
	Admin admin() throws IOException {
		String internal = nodes.stream().map(KafkaBroker::internalAddress).collect(Collectors.joining(","));
		return Admin.create(
				Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, internal, AdminClientConfig.SECURITY_PROTOCOL_CONFIG,
						"SSL", "ssl.keystore.type", "PKCS12", "ssl.keystore.location", ca.brokerKeyStore().toString(),
						"ssl.keystore.password", ca.password(), "ssl.truststore.type", "PEM", "ssl.truststore.location",
						ca.caCertificate().toString(), AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000));
	}

	/**
	 * Creates the topics and ACLs of {@link KafkaAccess} for these partners, once for the
	 * whole cluster, and returns once every node holds them. The controller answers as
	 * soon as a majority of the quorum has the records; a node still behind would refuse
	 * a client that starts at once (an idempotent producer's first request failed with
	 * "Cluster authorization failed" in KafkaClusterTest).
	 */
	void applyAccess(List<String> partnerIds) throws IOException, StackException, InterruptedException {
		try (Admin admin = admin()) {
			KafkaAccess.apply(admin, partnerIds, replicationFactor(), minInsyncReplicas());
			awaitEveryNodeAt(admin.describeMetadataQuorum().quorumInfo().get().highWatermark(), admin);
		}
		catch (ExecutionException e) {
			throw new StackException("Creating Kafka's topics and ACLs failed: " + e.getCause().getMessage(), e);
		}
	}

	/**
	 * Waits until every node of the quorum has fetched the metadata log up to this
	 * offset, as the leader sees it.
	 */
	private static void awaitEveryNodeAt(long offset, Admin admin)
			throws ExecutionException, InterruptedException, StackException {
		Instant deadline = Instant.now().plus(ACCESS_REPLICATION_TIMEOUT);
		while (true) {
			QuorumInfo quorum = admin.describeMetadataQuorum().quorumInfo().get();
			List<QuorumInfo.ReplicaState> replicas = new ArrayList<>(quorum.voters());
			replicas.addAll(quorum.observers());
			List<Integer> behind = replicas.stream()
				.filter(replica -> replica.logEndOffset() < offset)
				.map(QuorumInfo.ReplicaState::replicaId)
				.toList();
			if (behind.isEmpty()) {
				return;
			}
			if (Instant.now().isAfter(deadline)) {
				throw new StackException("Kafka node(s) " + behind + " did not receive the topics and ACLs within "
						+ ACCESS_REPLICATION_TIMEOUT.toSeconds() + " s — see their logs.");
			}
			Thread.sleep(50);
		}
	}

}
