package org.carepath.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * One Kafka broker in its own JVM, in combined broker + controller (KRaft) mode, with the
 * jars of {@code devstack/target/lib}. Storage is formatted once and reused.
 *
 * <p>
 * Every listener authenticates (docs/kafka-operations.md): the services' listener with
 * SASL/OAUTHBEARER tokens of the realm (principal = the token's {@code azp}, the client
 * id), the partner listener the same over TLS, the controller and inter-broker listeners
 * with mutual TLS from the local CA. The broker's own certificate is the only super user;
 * everyone else gets exactly the ACLs of {@link KafkaAccess}, and nothing by default.
 */
final class KafkaBroker {

	/**
	 * The audience a token needs to connect: added by a mapper to the clients that may.
	 */
	static final String AUDIENCE = "carepath-kafka";

	/** Re-authentication at least this often, and never later than the token expires. */
	static final Duration REAUTHENTICATION = Duration.ofMinutes(5);

	/** Logged by kafka.server.KafkaRaftServer once the broker serves clients. */
	static final String STARTED = "Kafka Server started";

	private final Path home;

	private final String classpath;

	private final Path java;

	private final Path log;

	private final String issuer;

	private final LocalCa ca;

	private int internalPort;

	/**
	 * @param home {@code dataDir/kafka}: server.properties, log4j2.xml and the data
	 * folder
	 * @param classpath the broker's jars, {@code devstack/target/lib/*}
	 * @param issuer the realm whose tokens the client listeners accept
	 * @param ca issues the broker's certificate
	 */
	KafkaBroker(Path home, String classpath, Path java, Path log, String issuer, LocalCa ca) {
		this.home = home;
		this.classpath = classpath;
		this.java = java;
		this.log = log;
		this.issuer = issuer;
		this.ca = ca;
	}

	Path caCertificate() {
		return ca.caCertificate();
	}

	String jwksUrl() {
		return issuer + "/protocol/openid-connect/certs";
	}

	Path serverProperties() {
		return home.resolve("server.properties");
	}

	/**
	 * Writes the configuration, formats the storage if this is the first start, and
	 * launches the broker.
	 */
	ChildProcess start(int port, int partnerPort) throws IOException, StackException, InterruptedException {
		Files.createDirectories(home.resolve("data"));
		ca.ensure();
		internalPort = freePort();
		Files.writeString(serverProperties(), serverProperties(port, partnerPort, internalPort, freePort()));
		try (InputStream config = KafkaBroker.class.getResourceAsStream("kafka-log4j2.xml")) {
			Files.write(home.resolve("log4j2.xml"), config.readAllBytes());
		}
		Files.deleteIfExists(log);
		if (!Files.exists(home.resolve("data/meta.properties"))) {
			format();
		}
		return ChildProcess.start("Kafka", command("-Xmx512m", "kafka.Kafka", serverProperties().toString()), Map.of(),
				home, log, true, serverProperties().toString());
	}

	private void format() throws IOException, StackException, InterruptedException {
		ChildProcess format = ChildProcess.start(
				"Kafka storage format", command("-Xmx256m", "kafka.tools.StorageTool", "format", "--cluster-id",
						clusterId(), "--config", serverProperties().toString()),
				Map.of(), home, log, true, serverProperties().toString());
		if (!format.waitFor(Duration.ofMinutes(2)) || format.exitCode() != 0) {
			ProcessTrees.kill(format.tree());
			throw new StackException("Formatting Kafka's storage failed — see " + log + ".");
		}
	}

	private List<String> command(String heap, String mainClass, String... args) {
		List<String> command = new ArrayList<>(
				List.of(java.toString(), heap, "-Dlog4j2.configurationFile=" + home.resolve("log4j2.xml"),
						// Kafka 4 fetches no OAuth URL that is not listed here
						"-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=" + jwksUrl()));
		if (Runtime.version().feature() >= 23) {
			// Kafka 4.1 still unmaps buffers through sun.misc.Unsafe; JDK 23+ would warn
			// about it in the log.
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		command.addAll(List.of("-cp", classpath, mainClass));
		command.addAll(List.of(args));
		return command;
	}

	/**
	 * The controller and inter-broker listeners are internal to this one-node cluster; a
	 * static voter list (not --standalone, which records the voter's address in the log)
	 * lets them take different free ports on every start.
	 */
	private String serverProperties(int port, int partnerPort, int internalPort, int controllerPort)
			throws IOException {
		String oauth = "org.apache.kafka.common.security.oauthbearer.";
		return """
				# Written by devstack on every start.
				process.roles=broker,controller
				node.id=1
				controller.quorum.voters=1@127.0.0.1:%4$d
				listeners=CLIENT://127.0.0.1:%1$d,PARTNER://127.0.0.1:%2$d,INTERNAL://127.0.0.1:%3$d,CONTROLLER://127.0.0.1:%4$d
				advertised.listeners=CLIENT://127.0.0.1:%1$d,PARTNER://127.0.0.1:%2$d,INTERNAL://127.0.0.1:%3$d
				controller.listener.names=CONTROLLER
				inter.broker.listener.name=INTERNAL
				listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,PARTNER:SASL_SSL,INTERNAL:SSL,CONTROLLER:SSL
				# Deny by default; only the broker's own certificate is a super user.
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
				offsets.topic.replication.factor=1
				transaction.state.log.replication.factor=1
				transaction.state.log.min.isr=1
				share.coordinator.state.topic.replication.factor=1
				share.coordinator.state.topic.min.isr=1
				group.initial.rebalance.delay.ms=0
				"""
			.formatted(port, partnerPort, internalPort, controllerPort, LocalCa.BROKER_PRINCIPAL, ca.brokerKeyStore(),
					ca.password(), ca.caCertificate(), oauth, jwksUrl(), issuer, AUDIENCE, REAUTHENTICATION.toMillis(),
					home.resolve("data"));
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			return socket.getLocalPort();
		}
	}

	/**
	 * An admin client with the broker's own certificate on the inter-broker listener: the
	 * super user, to create topics and ACLs.
	 */
	Admin admin() throws IOException {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + internalPort,
				AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SSL", "ssl.keystore.type", "PKCS12",
				"ssl.keystore.location", ca.brokerKeyStore().toString(), "ssl.keystore.password", ca.password(),
				"ssl.truststore.type", "PEM", "ssl.truststore.location", ca.caCertificate().toString(),
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000));
	}

	/** Creates the topics and ACLs of {@link KafkaAccess} for these partners. */
	void applyAccess(List<String> partnerIds) throws IOException, StackException, InterruptedException {
		try (Admin admin = admin()) {
			KafkaAccess.apply(admin, partnerIds);
		}
		catch (ExecutionException e) {
			throw new StackException("Creating Kafka's topics and ACLs failed: " + e.getCause().getMessage(), e);
		}
	}

	/** Kafka's cluster ids are 16 random bytes, URL-safe base64 without padding. */
	private static String clusterId() {
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

	/**
	 * Ready once the client port accepts connections and the broker has logged that it
	 * started.
	 */
	boolean isReady(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
		}
		catch (IOException notYet) {
			return false;
		}
		try {
			return Files.readString(log).contains(STARTED);
		}
		catch (IOException notYet) {
			return false;
		}
	}

}
