package org.carepath.devstack;

import org.carepath.devstack.ReadinessLoop.Awaited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The local platform: PostgreSQL, a Kafka broker, Keycloak with the carepath realm, the
 * five CarePath applications and the example partner program, each in its own process.
 * {@link #start} returns when all of them are ready, or stops what it started and throws.
 */
public final class Stack implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Stack.class);

	/**
	 * One node; three get twice as long (on two busy cores they took up to 85 s to form a
	 * cluster, formatting included).
	 */
	private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(90);

	/**
	 * Its first start includes a one-off build step: up to ~170 s measured on two busy
	 * cores.
	 */
	private static final Duration KEYCLOAK_TIMEOUT = Duration.ofSeconds(300);

	private static final Duration APP_TIMEOUT = Duration.ofSeconds(180);

	private final StackConfig config;

	private final Set<App> apps;

	// Set while starting, read by close(), possibly from a shutdown hook: guarded by
	// this.
	private RunDirectory run;

	private Postgres postgres;

	// Kafka's nodes by name: kafka (node 1), kafka-2, kafka-3
	private final Map<String, ChildProcess> kafka = new LinkedHashMap<>();

	private ChildProcess keycloak;

	// Kept for the fault tests, which crash the broker or Keycloak and start them again.
	private KafkaCluster kafkaCluster;

	private Keycloak keycloakDist;

	private final List<ChildProcess> services = new ArrayList<>();

	private Thread starter;

	private boolean closed;

	private Stack(StackConfig config, Set<App> apps) {
		this.config = config;
		this.apps = Set.copyOf(apps);
	}

	public static Stack start(StackConfig config, Progress progress) throws StackException {
		return start(config, progress, EnumSet.allOf(App.class));
	}

	/**
	 * Only some applications (the infrastructure is always started): for trying devstack
	 * out by hand.
	 */
	static Stack start(StackConfig config, Progress progress, Set<App> apps) throws StackException {
		Stack stack = prepare(config, apps);
		stack.boot(progress);
		return stack;
	}

	/**
	 * A stack that has started nothing yet, so that a shutdown hook can be in place
	 * before {@link #boot}.
	 */
	static Stack prepare(StackConfig config, Set<App> apps) {
		return new Stack(config, apps);
	}

	public StackPorts ports() {
		return config.ports();
	}

	public Path logDir() {
		return config.dataDir().resolve("logs");
	}

	void boot(Progress progress) throws StackException {
		synchronized (this) {
			if (closed) {
				throw new StackException("The stack was stopped before it started.");
			}
			starter = Thread.currentThread();
		}
		try {
			startAll(new Steps(progress, 3 + config.brokers() + apps.size()));
		}
		catch (StackException e) {
			log.error("Start failed: {}", e.getMessage(), e);
			close();
			throw e;
		}
		catch (InterruptedException e) {
			close();
			Thread.currentThread().interrupt();
			throw new StackException("The start was interrupted; everything started so far is stopped again.", e);
		}
		catch (IOException | SQLException | RuntimeException e) {
			log.error("Start failed", e);
			close();
			throw new StackException("The stack could not start: " + oneLine(e) + " — details in "
					+ display(logDir().resolve("devstack.log")) + ".", e);
		}
		finally {
			synchronized (this) {
				starter = null;
			}
		}
	}

	private void startAll(Steps steps) throws StackException, IOException, SQLException, InterruptedException {
		Instant begin = Instant.now();
		RunDirectory runDirectory = RunDirectory.lock(config.dataDir());
		synchronized (this) {
			run = runDirectory;
		}
		int leftovers = runDirectory.stopLeftovers(postgresDir());
		if (leftovers > 0) {
			steps.note("Stopped " + leftovers + " process(es) left over from an earlier run.");
		}
		if (config.reset()) {
			deleteData();
			steps.note("Deleted the data in " + display(config.dataDir()) + " (--reset).");
		}
		Preflight.check(config, apps);
		KafkaCluster.checkData(config.dataDir(), config.brokers());
		Files.createDirectories(logDir());
		steps.done("Ports free, build outputs present", begin);

		Path java = javaHome().resolve("bin/java");
		Preflight.BuildOutputs outputs = Preflight.BuildOutputs.of(config.projectRoot());
		Keycloak keycloakDist = new Keycloak(config.dataDir().resolve("keycloak"), outputs.keycloakTarball(),
				javaHome(), logDir().resolve("keycloak.log"));
		boolean firstKeycloakStart = keycloakDist.needsExtraction();
		CompletableFuture<Void> unpacking = firstKeycloakStart ? unpackInBackground(keycloakDist, steps)
				: CompletableFuture.completedFuture(null);

		Instant postgresSince = Instant.now();
		Path postgresLog = logDir().resolve("postgres.log");
		Files.deleteIfExists(postgresLog);
		Postgres database;
		try {
			database = Postgres.start(postgresDir(), ports().postgres(), postgresLog);
		}
		catch (IOException | SQLException | RuntimeException e) {
			log.error("PostgreSQL did not start", e);
			throw new StackException(
					"PostgreSQL did not start (" + oneLine(e) + ") — see " + display(postgresLog) + ".", e);
		}
		registerPostgres(database);
		steps.done("PostgreSQL ready on 127.0.0.1:" + ports().postgres(), postgresSince);

		// Keycloak needs only PostgreSQL; the broker fetches the realm's keys when it
		// starts, and the applications need both.
		awaitUnpacked(unpacking);
		if (firstKeycloakStart) {
			steps.note("Keycloak's first start includes a one-off build step; it takes a little longer.");
		}
		// Keycloak imports the realm only into an empty database: one imported from an
		// older carepath-realm.json (say, without a client added since) is made afresh.
		Path importedRealm = config.dataDir().resolve("keycloak-realm.json");
		String realmJson = Realm.render(ports());
		if (!Files.exists(importedRealm) || !Files.readString(importedRealm).equals(realmJson)) {
			Databases.recreate(ports().postgres(), "keycloak");
			Files.deleteIfExists(importedRealm);
		}
		Instant keycloakSince = Instant.now();
		ChildProcess keycloakProcess = keycloakDist.start(ports());
		register("keycloak", keycloakProcess);
		URI realm = URI
			.create("http://127.0.0.1:" + ports().keycloak() + "/realms/carepath/.well-known/openid-configuration");
		KafkaCluster cluster = new KafkaCluster(config.dataDir(), logDir(),
				KafkaCluster.layout(config.brokers(), ports().kafka(), ports().kafkaPartner()),
				outputs.lib().toAbsolutePath() + "/*", java, ports().issuer(),
				new LocalCa(tlsDir(), javaHome(), logDir().resolve("tls.log")));
		synchronized (this) {
			this.kafkaCluster = cluster;
			this.keycloakDist = keycloakDist;
		}
		new ReadinessLoop(steps, this::checkNotClosed, this::display)
			.await(List.of(new Awaited("Keycloak", keycloakProcess, () -> Http.isOk(realm), ports().keycloakUrl(),
					keycloakSince, KEYCLOAK_TIMEOUT, () -> startKafka(keycloakProcess, cluster, java))));
	}

	/**
	 * Keycloak's java runs under kc.sh: record it too. Then Kafka's nodes, which need the
	 * realm's keys; once all serve, the topics, the ACLs and every application.
	 */
	private List<Awaited> startKafka(ChildProcess keycloakProcess, KafkaCluster cluster, Path java)
			throws IOException, StackException, InterruptedException {
		run.record("keycloak", keycloakProcess.tree(), keycloakProcess.marker());
		Files.writeString(config.dataDir().resolve("keycloak-realm.json"), Realm.render(ports()));
		Instant kafkaSince = Instant.now();
		List<ChildProcess> started = cluster.start();
		for (KafkaBroker node : cluster.nodes()) {
			try {
				register(node.name(), node.process());
			}
			catch (StackException stopped) {
				// the others are not registered yet: stop them too
				started.forEach(process -> ProcessTrees.stop(process.tree(), Instant.now().plusSeconds(5)));
				throw stopped;
			}
		}
		List<Awaited> nodes = new ArrayList<>();
		for (KafkaBroker node : cluster.nodes().subList(1, cluster.size())) {
			nodes.add(new Awaited(node.label(), node.process(), node::isReady, node.clientAddress(), kafkaSince,
					kafkaTimeout(), null));
		}
		// node 1 waits for all (only then can topics have three replicas), reported last
		KafkaBroker first = cluster.node(1);
		nodes.add(new Awaited(first.label(), first.process(), cluster::isReady,
				cluster.bootstrapServers() + " (services), " + cluster.partnerBootstrapServers()
						+ " (partners, TLS: CA " + display(cluster.caCertificate()) + ")",
				kafkaSince, kafkaTimeout(), () -> afterKafka(cluster, java)));
		return nodes;
	}

	private List<Awaited> afterKafka(KafkaCluster cluster, Path java)
			throws IOException, StackException, InterruptedException {
		cluster.applyAccess(KafkaAccess.partnerIds(Realm.render(ports())));
		List<Awaited> next = new ArrayList<>();
		for (App app : apps) {
			next.add(launch(app, java, cluster));
		}
		return next;
	}

	private Awaited launch(App app, Path java, KafkaCluster cluster) throws IOException, StackException {
		Path jar = app.jar(config.projectRoot());
		List<String> command = new ArrayList<>(
				List.of(java.toString(), "-Xms64m", "-Xmx320m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
		command.addAll(withKafkaNodes(app.arguments(ports(), config.dataDir()), app, cluster));
		log.info("Starting {}: {}", app.module(), command);
		Instant since = Instant.now();
		ChildProcess process = ChildProcess.start(app.module(), command, Map.of(), config.projectRoot(),
				logDir().resolve(app.shortName() + ".log"), false, jar.toString());
		register(app.shortName(), process);
		URI readiness = URI.create("http://127.0.0.1:" + app.port(ports()) + "/actuator/health/readiness");
		return new Awaited(app.module(), process, () -> Http.isOk(readiness), "http://127.0.0.1:" + app.port(ports()),
				since, APP_TIMEOUT, null);
	}

	/** Every node's listener, so a client bootstraps from whichever nodes are up. */
	private static List<String> withKafkaNodes(List<String> arguments, App app, KafkaCluster cluster) {
		String option = "--spring.kafka.bootstrap-servers=";
		String servers = app == App.PARTNER ? cluster.partnerBootstrapServers() : cluster.bootstrapServers();
		return arguments.stream().map(argument -> argument.startsWith(option) ? option + servers : argument).toList();
	}

	private Duration kafkaTimeout() {
		return KAFKA_TIMEOUT.multipliedBy(config.brokers() == 1 ? 1 : 2);
	}

	private CompletableFuture<Void> unpackInBackground(Keycloak keycloakDist, Steps steps) {
		steps.note("Unpacking Keycloak into " + display(config.dataDir().resolve("keycloak")) + " (first start only).");
		return CompletableFuture.runAsync(() -> {
			try {
				keycloakDist.extract();
			}
			catch (IOException | StackException | InterruptedException e) {
				throw new CompletionException(e);
			}
		});
	}

	private static void awaitUnpacked(CompletableFuture<Void> unpacking)
			throws StackException, IOException, InterruptedException {
		try {
			unpacking.get();
		}
		catch (ExecutionException e) {
			switch (e.getCause()) {
				case StackException cause -> throw cause;
				case IOException cause -> throw cause;
				case InterruptedException cause -> throw cause;
				case RuntimeException cause -> throw cause;
				default -> throw new IllegalStateException(e.getCause());
			}
		}
	}

	/**
	 * The local certificate authority: {@code .carepath/tls/ca.crt} is what partners
	 * trust.
	 */
	Path tlsDir() {
		return config.dataDir().resolve("tls");
	}

	private Path postgresDir() {
		return config.dataDir().resolve("postgres");
	}

	/**
	 * --reset: everything but the run folder (it holds our lock) and devstack's own log
	 * (open right now).
	 */
	private void deleteData() throws IOException {
		FileTree.deleteChildren(config.dataDir(), entry -> entry.endsWith("run") || entry.equals(logDir()));
		FileTree.deleteChildren(logDir(), logFile -> logFile.endsWith("devstack.log"));
	}

	/**
	 * The JDK running devstack runs everything else too (Keycloak needs 21+, as we do).
	 */
	private static Path javaHome() {
		return Path.of(System.getProperty("java.home"));
	}

	private String display(Path path) {
		return path.startsWith(config.projectRoot()) ? config.projectRoot().relativize(path).toString()
				: path.toString();
	}

	private static String oneLine(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return message.lines().findFirst().orElse("").strip();
	}

	// ---- what is running, and stopping it ----

	private synchronized void checkNotClosed() throws StackException {
		if (closed) {
			throw new StackException("The stack was stopped while starting.");
		}
	}

	/**
	 * Keeps track of a started process; if close() already ran, stops it right away
	 * instead.
	 */
	private void register(String name, ChildProcess process) throws IOException, StackException {
		boolean tooLate;
		synchronized (this) {
			tooLate = closed;
			if (!tooLate) {
				if (name.equals("kafka") || name.startsWith("kafka-")) {
					kafka.put(name, process);
				}
				else if (name.equals("keycloak")) {
					keycloak = process;
				}
				else {
					services.add(process);
				}
			}
		}
		if (tooLate) {
			ProcessTrees.stop(process.tree(), Instant.now().plusSeconds(5));
			throw new StackException("The stack was stopped while starting.");
		}
		run.record(name, process.tree(), process.marker());
	}

	private void registerPostgres(Postgres database) throws StackException {
		boolean tooLate;
		synchronized (this) {
			tooLate = closed;
			if (!tooLate) {
				postgres = database;
			}
		}
		if (tooLate) {
			database.close();
			throw new StackException("The stack was stopped while starting.");
		}
	}

	/** Kills Kafka's node 1 at once (SIGKILL), as a crash would: for fault tests. */
	public void crashKafka() {
		crashKafka(1);
	}

	/** Kills this Kafka node (1, 2 or 3) at once (SIGKILL), as a crash would. */
	public void crashKafka(int node) {
		this.kafkaCluster.node(node).crash();
	}

	/**
	 * Starts Kafka's node 1 again on its ports, with its data, and waits until it serves.
	 */
	public void startKafkaAgain() throws StackException, IOException, InterruptedException {
		startKafkaAgain(1);
	}

	/** Starts this Kafka node again; it rejoins its quorum. Waits until it serves. */
	public void startKafkaAgain(int node) throws StackException, IOException, InterruptedException {
		KafkaBroker broker = this.kafkaCluster.node(node);
		ChildProcess process = broker.start();
		register(broker.name(), process);
		awaitAgain(broker.label(), process, broker::isReady, kafkaTimeout());
	}

	/** Kills Keycloak at once (SIGKILL), as a crash would: for fault tests. */
	public void crashKeycloak() {
		crash(this.keycloak);
	}

	/** Starts Keycloak again with its database and waits until the realm answers. */
	public void startKeycloakAgain() throws StackException, IOException, InterruptedException {
		ChildProcess process = this.keycloakDist.start(ports());
		register("keycloak", process);
		URI realm = URI
			.create("http://127.0.0.1:" + ports().keycloak() + "/realms/carepath/.well-known/openid-configuration");
		awaitAgain("Keycloak", process, () -> Http.isOk(realm), KEYCLOAK_TIMEOUT);
		// kc.sh has started Keycloak's own JVM by now: record the whole tree.
		this.run.record("keycloak", process.tree(), process.marker());
	}

	private static void crash(ChildProcess process) {
		List<ProcessHandle> tree = process.tree();
		ProcessTrees.kill(tree);
		ProcessTrees.awaitExit(tree, Instant.now().plusSeconds(10));
	}

	private static void awaitAgain(String part, ChildProcess process, BooleanSupplier ready, Duration timeout)
			throws StackException, InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (!ready.getAsBoolean()) {
			if (!process.isAlive()) {
				throw new StackException(part + " stopped while starting again — see its log.");
			}
			if (Instant.now().isAfter(deadline)) {
				throw new StackException(part + " was not ready again within " + timeout.toSeconds() + " s.");
			}
			Thread.sleep(250);
		}
	}

	/**
	 * Stops everything within 15 s: the applications and Keycloak first (SIGTERM, then
	 * SIGKILL), then the broker they were talking to, then PostgreSQL. Safe to call from
	 * a shutdown hook while {@link #start} still runs.
	 */
	@Override
	public void close() {
		Instant begin = Instant.now();
		Thread startingThread;
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
			startingThread = starter;
		}
		if (startingThread != null && startingThread != Thread.currentThread()) {
			// Let the start notice and stop what it is launching, so nothing is left
			// half-registered.
			startingThread.interrupt();
			try {
				startingThread.join(3000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		List<ProcessHandle> front = new ArrayList<>();
		List<ProcessHandle> broker = new ArrayList<>();
		Postgres database;
		RunDirectory runDirectory;
		synchronized (this) {
			services.forEach(service -> front.addAll(service.tree()));
			if (keycloak != null) {
				front.addAll(keycloak.tree());
			}
			kafka.values().forEach(node -> broker.addAll(node.tree()));
			database = postgres;
			runDirectory = run;
		}
		// 15 s in all: 6 for the applications and Keycloak, 3 more for the broker, 1 to
		// kill what is left,
		// and PostgreSQL's own fast shutdown (pg_ctl waits at most 5 s).
		ProcessTrees.terminate(front);
		ProcessTrees.awaitExit(front, begin.plusSeconds(6));
		ProcessTrees.terminate(broker);
		List<ProcessHandle> all = new ArrayList<>(front);
		all.addAll(broker);
		if (!ProcessTrees.awaitExit(all, begin.plusSeconds(9))) {
			log.warn("Killing what did not stop in time: {}", ProcessTrees.alive(all));
			ProcessTrees.kill(all);
			ProcessTrees.awaitExit(all, begin.plusSeconds(10));
		}
		log.info("Applications, Keycloak and Kafka stopped after {} ms",
				Duration.between(begin, Instant.now()).toMillis());
		if (database != null) {
			database.close();
		}
		if (runDirectory != null) {
			Stream.of(Stream.of("kafka", "kafka-2", "kafka-3", "keycloak"), apps.stream().map(App::shortName))
				.flatMap(names -> names)
				.forEach(runDirectory::forget);
			runDirectory.close();
		}
		log.info("Stopped in {} ms", Duration.between(begin, Instant.now()).toMillis());
	}

}
