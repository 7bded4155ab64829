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

/**
 * One Kafka broker in its own JVM, in combined broker + controller (KRaft) mode, with the
 * jars of {@code devstack/target/lib}. Storage is formatted once and reused.
 */
final class KafkaBroker {

	/** Logged by kafka.server.KafkaRaftServer once the broker serves clients. */
	static final String STARTED = "Kafka Server started";

	private final Path home;

	private final Path lib;

	private final Path java;

	private final Path log;

	/**
	 * @param home {@code dataDir/kafka}: server.properties, log4j2.xml and the data
	 * folder
	 */
	KafkaBroker(Path home, Path lib, Path java, Path log) {
		this.home = home;
		this.lib = lib;
		this.java = java;
		this.log = log;
	}

	Path serverProperties() {
		return home.resolve("server.properties");
	}

	/**
	 * Writes the configuration, formats the storage if this is the first start, and
	 * launches the broker.
	 */
	ChildProcess start(int port) throws IOException, StackException, InterruptedException {
		Files.createDirectories(home.resolve("data"));
		Files.writeString(serverProperties(), serverProperties(port, freeControllerPort()));
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
				List.of(java.toString(), heap, "-Dlog4j2.configurationFile=" + home.resolve("log4j2.xml")));
		if (Runtime.version().feature() >= 23) {
			// Kafka 4.1 still unmaps buffers through sun.misc.Unsafe; JDK 23+ would warn
			// about it in the log.
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		command.addAll(List.of("-cp", lib.toAbsolutePath() + "/*", mainClass));
		command.addAll(List.of(args));
		return command;
	}

	/**
	 * The controller listener is internal to this one-node cluster; a static voter list
	 * (not --standalone, which records the voter's address in the log) lets it take a
	 * different free port on every start.
	 */
	private String serverProperties(int port, int controllerPort) {
		return """
				# Written by devstack on every start.
				process.roles=broker,controller
				node.id=1
				controller.quorum.voters=1@127.0.0.1:%2$d
				listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
				advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
				controller.listener.names=CONTROLLER
				inter.broker.listener.name=PLAINTEXT
				listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
				log.dirs=%3$s
				num.partitions=1
				auto.create.topics.enable=true
				offsets.topic.replication.factor=1
				transaction.state.log.replication.factor=1
				transaction.state.log.min.isr=1
				share.coordinator.state.topic.replication.factor=1
				share.coordinator.state.topic.min.isr=1
				group.initial.rebalance.delay.ms=0
				""".formatted(port, controllerPort, home.resolve("data"));
	}

	private static int freeControllerPort() throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			return socket.getLocalPort();
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
