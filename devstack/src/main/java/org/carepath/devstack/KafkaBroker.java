package org.carepath.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One node of the {@link KafkaCluster} in its own JVM, in combined broker + controller
 * (KRaft) mode, with the jars of {@code devstack/target/lib}. Its storage is formatted
 * once, with the cluster's id, and reused; starting it again after a crash is
 * {@link #start()} again, on the same ports and data.
 *
 * <p>
 * Every listener authenticates (docs/kafka-operations.md): the services' listener with
 * SASL/OAUTHBEARER tokens of the realm (principal = the token's {@code azp}, the client
 * id), the partner listener the same over TLS, the controller and inter-broker listeners
 * with mutual TLS from the local CA. The brokers' own certificate is the only super user;
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

	/**
	 * A node's listeners. {@code internal} and {@code controller} 0: a free port at every
	 * start, which only a one-node cluster can do (its voter list names only itself).
	 */
	record Ports(int client, int partner, int internal, int controller) {
	}

	private final KafkaCluster cluster;

	private final int id;

	private final Path home;

	private final Path log;

	private final Ports ports;

	// the ports of the current start, and its process: read by other threads
	private volatile Ports current;

	private volatile ChildProcess process;

	/**
	 * @param home {@code dataDir/kafka} (node 1) or {@code dataDir/kafka-<id>}:
	 * server.properties, log4j2.xml and the data folder
	 */
	KafkaBroker(KafkaCluster cluster, int id, Path home, Path log, Ports ports) {
		this.cluster = cluster;
		this.id = id;
		this.home = home;
		this.log = log;
		this.ports = ports;
		this.current = ports;
	}

	int id() {
		return id;
	}

	/**
	 * {@code kafka} for node 1 (as with one broker), {@code kafka-2}, {@code kafka-3}.
	 */
	String name() {
		return id == 1 ? "kafka" : "kafka-" + id;
	}

	Ports ports() {
		return current;
	}

	String clientAddress() {
		return "127.0.0.1:" + ports.client();
	}

	String partnerAddress() {
		return "127.0.0.1:" + ports.partner();
	}

	String internalAddress() {
		return "127.0.0.1:" + current.internal();
	}

	Path log() {
		return log;
	}

	Path dataDir() {
		return home.resolve("data");
	}

	Path serverProperties() {
		return home.resolve("server.properties");
	}

	/** The process of the latest start, null before the first. */
	ChildProcess process() {
		return process;
	}

	/**
	 * Writes the configuration, formats the storage if this node has none yet, and
	 * launches the node. Also how a crashed node is started again (by the stack or a
	 * supervisor): same id, ports and data, so it rejoins the quorum.
	 */
	ChildProcess start() throws IOException, StackException, InterruptedException {
		awaitFormatted(prepare());
		return launch();
	}

	/**
	 * Writes the configuration and, if this node has no storage yet, starts formatting
	 * it: the cluster formats all its nodes at once ({@link #awaitFormatted}).
	 * @return the format process, or null if the storage is there
	 */
	ChildProcess prepare() throws IOException {
		Files.createDirectories(dataDir());
		Ports resolved = new Ports(ports.client(), ports.partner(),
				ports.internal() == 0 ? freePort() : ports.internal(),
				ports.controller() == 0 ? freePort() : ports.controller());
		current = resolved;
		Files.writeString(serverProperties(), cluster.serverProperties(this, resolved));
		try (InputStream config = KafkaBroker.class.getResourceAsStream("kafka-log4j2.xml")) {
			Files.write(home.resolve("log4j2.xml"), config.readAllBytes());
		}
		Files.deleteIfExists(log);
		if (Files.exists(dataDir().resolve("meta.properties"))) {
			return null;
		}
		// Static voters: no --initial-controllers; every node gets the same cluster id.
		return ChildProcess.start(
				label() + " storage format", command("kafka.tools.StorageTool", "format", "--cluster-id",
						cluster.clusterId(), "--config", serverProperties().toString()),
				Map.of(), home, log, true, serverProperties().toString());
	}

	void awaitFormatted(ChildProcess format) throws StackException, InterruptedException {
		if (format != null && (!format.waitFor(Duration.ofMinutes(2)) || format.exitCode() != 0)) {
			ProcessTrees.kill(format.tree());
			throw new StackException("Formatting Kafka's storage failed — see " + log + ".");
		}
	}

	/** Starts the node's JVM with the configuration {@link #prepare} wrote. */
	ChildProcess launch() throws IOException {
		List<String> command = command("kafka.Kafka", serverProperties().toString());
		command.addAll(1, cluster.sharedArchiveOptions(home.getFileName().toString()));
		process = ChildProcess.start(label(), command, Stack.JVM_ENVIRONMENT, home, log, true,
				serverProperties().toString());
		return process;
	}

	/** Kills the node at once (SIGKILL), as a crash would, and waits until it is gone. */
	void crash() {
		ChildProcess running = process;
		if (running != null) {
			List<ProcessHandle> tree = running.tree();
			ProcessTrees.kill(tree);
			ProcessTrees.awaitExit(tree, Instant.now().plusSeconds(10));
		}
	}

	/** "Kafka" for node 1, "Kafka node 2"... */
	String label() {
		return cluster.size() == 1 ? "Kafka" : "Kafka node " + id;
	}

	private List<String> command(String mainClass, String... args) {
		List<String> command = new ArrayList<>(
				List.of(cluster.java().toString(), "-Dlog4j2.configurationFile=" + home.resolve("log4j2.xml"),
						// Kafka 4 fetches no OAuth URL that is not listed here
						"-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=" + cluster.jwksUrl()));
		command.addAll(cluster.jvmOptions());
		if (Runtime.version().feature() >= 23) {
			// Kafka 4.1 still unmaps buffers through sun.misc.Unsafe; JDK 23+ would warn
			// about it in the log.
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		command.addAll(List.of("-cp", cluster.classpath(), mainClass));
		command.addAll(List.of(args));
		return command;
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			return socket.getLocalPort();
		}
	}

	/**
	 * Ready once the client port accepts connections and the node has logged that it
	 * started (which it does only once it has caught up with the quorum's metadata).
	 */
	boolean isReady() {
		ChildProcess running = process;
		if (running == null || !running.isAlive()) {
			return false;
		}
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", ports.client()), 500);
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

	/** Waits until {@link #isReady()}; fails if the node exits or the time is up. */
	void awaitReady(Duration timeout) throws StackException, InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (!isReady()) {
			ChildProcess running = process;
			if (running == null || !running.isAlive()) {
				throw new StackException(label() + " stopped while starting — see " + log + ".");
			}
			if (Instant.now().isAfter(deadline)) {
				throw new StackException(
						label() + " was not ready within " + timeout.toSeconds() + " s — see " + log + ".");
			}
			Thread.sleep(200);
		}
	}

}
