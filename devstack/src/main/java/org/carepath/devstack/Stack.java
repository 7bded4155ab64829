package org.carepath.devstack;

import org.carepath.devstack.ReadinessLoop.Awaited;
import org.carepath.devstack.Supervised.Running;
import org.carepath.devstack.Supervised.Tier;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;

/**
 * The local platform: PostgreSQL, Redis, a mail server, one or three Kafka brokers,
 * Keycloak with the carepath realm, the five CarePath applications (each as many times as
 * {@link StackConfig#replicas}) and the example partner program, each in its own process.
 * {@link #start} returns when all of them are ready, or stops what it started and throws.
 * Once a part is ready a {@link Supervisor} restarts it whenever it dies, until
 * {@link #close}.
 */
public final class Stack implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Stack.class);

	private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(90);

	/**
	 * Its first start includes a one-off build step: up to ~170 s measured on two busy
	 * cores.
	 */
	private static final Duration KEYCLOAK_TIMEOUT = Duration.ofSeconds(300);

	private static final Duration APP_TIMEOUT = Duration.ofSeconds(300);

	private static final Duration POSTGRES_TIMEOUT = Duration.ofSeconds(90);

	private static final Duration REDIS_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(60);

	/**
	 * How many of Keycloak and the applications start at the same time (Kafka's nodes
	 * start as soon as Keycloak serves, whatever this says): on two cores, two JVMs
	 * starting keep both busy, more only share them (README.md, start order).
	 */
	private static final int STARTING_AT_ONCE = 2;

	/**
	 * glibc gives every thread that allocates its own 64 MB malloc arena; a JVM's
	 * compiler and GC threads then hold tens of MB each that nothing uses.
	 */
	static final Map<String, String> JVM_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

	/**
	 * The applications in the order they start, each once what it needs at start is
	 * there: content and portal need only PostgreSQL, the gateway fetches Keycloak's
	 * issuer metadata, intake, referral and the example partner talk to Kafka.
	 */
	private static final List<App> START_ORDER = List.of(App.CONTENT, App.PORTAL, App.GATEWAY, App.INTAKE, App.REFERRAL,
			App.PARTNER);

	private final StackConfig config;

	private Progress progress = Progress.silent();

	// Set while starting, read by close(), possibly from a shutdown hook: guarded by
	// this.
	private RunDirectory run;

	private Supervisor supervisor;

	private Postgres postgres;

	private KafkaCluster kafkaCluster;

	/**
	 * Every process started, by its pid file's name (intake, intake-2, kafka...): what
	 * close() stops.
	 */
	private final Map<String, Started> started = new LinkedHashMap<>();

	private record Started(Tier tier, Running running) {
	}

	private final Object instanceListLock = new Object();

	private Thread starter;

	private boolean closed;

	/** Off unless {@link #useAotCaches} (tests' stacks start without). */
	private boolean aotCaches;

	/** Trains the missing AOT caches once the stack is ready; guarded by this. */
	private Thread training;

	// Only the starting thread reads and writes these (the readiness loop's follow-ups
	// run on it).
	private final List<Pending> pending = new ArrayList<>();

	private int starting;

	private boolean keycloakServes;

	private boolean kafkaServes;

	private record Pending(App app, int instance) {
	}

	private Stack(StackConfig config) {
		this.config = config;
	}

	public static Stack start(StackConfig config, Progress progress) throws StackException {
		Stack stack = prepare(config);
		stack.boot(progress);
		return stack;
	}

	/**
	 * Only some applications (the infrastructure is always started): for trying devstack
	 * out by hand.
	 */
	static Stack start(StackConfig config, Progress progress, Set<App> apps) throws StackException {
		return start(config.withApps(apps), progress);
	}

	/**
	 * A stack that has started nothing yet, so that a shutdown hook can be in place
	 * before {@link #boot}.
	 */
	static Stack prepare(StackConfig config) {
		return new Stack(config);
	}

	/**
	 * Runs the applications from JDK 25 AOT caches in {@code dataDir/aot/} (see
	 * {@link AotCache}), training the missing ones in the background once the stack is
	 * ready: for {@code ./carepath up} and the benchmark, whose data directories live
	 * long. Call before {@link #boot}; on a JDK before 25 it only logs that it is off.
	 */
	public Stack useAotCaches() {
		if (AotCache.supported()) {
			aotCaches = true;
		}
		else {
			log.info("No AOT caches: they need JDK 25 or newer, this is {}", Runtime.version());
		}
		return this;
	}

	public StackPorts ports() {
		return config.ports();
	}

	public StackConfig config() {
		return config;
	}

	public Path logDir() {
		return config.dataDir().resolve("logs");
	}

	/** {@code dataDir/run/instances.json}. */
	public Path instanceList() {
		return config.dataDir().resolve("run").resolve("instances.json");
	}

	void boot(Progress progress) throws StackException {
		synchronized (this) {
			if (closed) {
				throw new StackException("The stack was stopped before it started.");
			}
			starter = Thread.currentThread();
			this.progress = progress;
		}
		int instances = config.apps().stream().mapToInt(config::instancesOf).sum();
		try {
			// ports, PostgreSQL, Redis, the mail server, Keycloak, each Kafka node, each
			// application instance
			startAll(new Steps(progress, 5 + config.brokers() + instances));
			if (config.demoData()) {
				DemoData.generate(Instant.now()).importInto(ports(), config.dataDir(), progress);
			}
			if (aotCaches) {
				trainInBackground(progress);
			}
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
			supervisor = new Supervisor(this::announce, this::writeInstanceList);
		}
		int leftovers = runDirectory.stopLeftovers(postgresDir());
		if (leftovers > 0) {
			steps.note("Stopped " + leftovers + " process(es) left over from an earlier run.");
		}
		Files.deleteIfExists(instanceList());
		if (config.reset()) {
			deleteData();
			steps.note("Deleted the data in " + display(config.dataDir()) + " (--reset).");
		}
		Preflight.check(config);
		KafkaCluster.checkData(config.dataDir(), config.brokers());
		Files.createDirectories(logDir());
		steps.done("Ports free, build outputs present", begin);

		Path java = javaHome().resolve("bin/java");
		Preflight.BuildOutputs outputs = Preflight.BuildOutputs.of(config.projectRoot());
		Keycloak keycloakDist = new Keycloak(config.dataDir().resolve("keycloak"), outputs.keycloakTarball(),
				javaHome(), logDir().resolve("keycloak.log"));
		if (aotCaches) {
			Files.createDirectories(SharedArchive.dir(config.dataDir()));
			keycloakDist.useSharedArchive(SharedArchive.dir(config.dataDir()).resolve("keycloak.jsa"));
		}
		boolean firstKeycloakStart = keycloakDist.needsExtraction() || keycloakDist.needsBuild();
		CompletableFuture<Void> unpacking = firstKeycloakStart ? unpackInBackground(keycloakDist, steps)
				: CompletableFuture.completedFuture(null);

		// the mail server needs nothing: it starts first and is awaited with Keycloak
		Awaited mail = launchMail();
		startPostgres(steps);
		startRedis(steps);

		// Keycloak needs only PostgreSQL; the broker fetches the realm's keys when it
		// starts; the applications need what START_ORDER says.
		awaitUnpacked(unpacking);
		// Keycloak imports the realm only into an empty database: one imported from an
		// older carepath-realm.json (say, without a client added since), or for other
		// gateway ports, is made afresh.
		Path importedRealm = config.dataDir().resolve("keycloak-realm.json");
		String realmJson = realm();
		if (!Files.exists(importedRealm) || !Files.readString(importedRealm).equals(realmJson)) {
			Databases.recreate(ports().postgres(), "keycloak");
			Files.deleteIfExists(importedRealm);
		}
		Instant keycloakSince = Instant.now();
		URI realm = URI
			.create("http://127.0.0.1:" + ports().keycloak() + "/realms/carepath/.well-known/openid-configuration");
		Supervised keycloak = new Supervised("keycloak", 1, "http://127.0.0.1:" + ports().keycloak(), Tier.FRONT,
				again -> register("keycloak", Tier.FRONT, keycloakDist.start(ports(), realm(), again)),
				() -> Http.isOk(realm), KEYCLOAK_TIMEOUT, this::recordKeycloak);
		ChildProcess keycloakProcess = (ChildProcess) keycloak.launcher.start(false);
		// made before any application starts: their arguments name its nodes
		KafkaCluster cluster = new KafkaCluster(config.dataDir(), logDir(),
				KafkaCluster.layout(config.brokers(), ports().kafka(), ports().kafkaPartner()),
				outputs.lib().toAbsolutePath() + "/*", java, ports().issuer(),
				new LocalCa(tlsDir(), javaHome(), logDir().resolve("tls.log")), JvmOptions.kafka(config.production()));
		if (aotCaches) {
			cluster.useSharedArchives(SharedArchive.dir(config.dataDir()));
		}
		synchronized (this) {
			kafkaCluster = cluster;
		}
		starting = 1;
		for (App app : START_ORDER) {
			for (int instance = 1; instance <= config.instancesOf(app); instance++) {
				pending.add(new Pending(app, instance));
			}
		}
		List<Awaited> first = new ArrayList<>();
		first.add(mail);
		first.add(new Awaited("Keycloak", keycloakProcess, keycloak.ready, ports().keycloakUrl(), keycloakSince,
				KEYCLOAK_TIMEOUT, () -> {
					watch(keycloak, keycloakProcess);
					Files.writeString(importedRealm, realmJson);
					starting--;
					keycloakServes = true;
					List<Awaited> next = new ArrayList<>(startBrokers(java));
					next.addAll(launchWhatMay(java));
					return next;
				}));
		first.addAll(launchWhatMay(java));
		new ReadinessLoop(steps, this::checkNotClosed, this::display).await(first);
	}

	/**
	 * Starts the waiting application instances whose needs are met, in
	 * {@link #START_ORDER}, while fewer than {@link #STARTING_AT_ONCE} are starting.
	 */
	private List<Awaited> launchWhatMay(Path java) throws IOException, StackException, InterruptedException {
		List<Awaited> launched = new ArrayList<>();
		for (var iterator = pending.iterator(); iterator.hasNext() && starting < STARTING_AT_ONCE;) {
			Pending next = iterator.next();
			boolean needsMet = switch (next.app()) {
				case GATEWAY -> keycloakServes;
				case INTAKE, REFERRAL, PARTNER -> kafkaServes;
				case CONTENT, PORTAL -> true;
			};
			if (needsMet) {
				iterator.remove();
				starting++;
				launched.add(launch(next.app(), next.instance(), java));
			}
		}
		return launched;
	}

	private String realm() {
		return Realm.render(ports(), config.instancesOf(App.GATEWAY) == 0 ? 1 : config.replicas(),
				config.tokenLifespan());
	}

	/** Keycloak's java runs under kc.sh: once it is ready, record that too. */
	private void recordKeycloak(Running keycloak) throws IOException {
		RunDirectory runDirectory;
		synchronized (this) {
			runDirectory = run;
		}
		runDirectory.record("keycloak", keycloak.tree(), ((ChildProcess) keycloak).marker());
	}

	private void startPostgres(Steps steps) throws StackException, IOException, InterruptedException {
		Instant since = Instant.now();
		Path postgresLog = logDir().resolve("postgres.log");
		Files.deleteIfExists(postgresLog);
		Supervised member = new Supervised("postgres", 1, "127.0.0.1:" + ports().postgres(), Tier.DATABASE,
				again -> launchPostgres(), () -> currentPostgres() != null && currentPostgres().isRunning(),
				POSTGRES_TIMEOUT, running -> {
				});
		Running database = member.launcher.start(false);
		watch(member, database);
		steps.done("PostgreSQL ready on 127.0.0.1:" + ports().postgres() + (config.fast() ? " (--fast: no fsync)" : ""),
				since);
	}

	/**
	 * Stops what is left of the last PostgreSQL, then starts it on the same data and
	 * port.
	 */
	private Postgres launchPostgres() throws StackException {
		Postgres previous = currentPostgres();
		if (previous != null) {
			previous.close();
		}
		Postgres.removeStalePidFile(postgresDir());
		Path postgresLog = logDir().resolve("postgres.log");
		Postgres database;
		try {
			database = Postgres.start(postgresDir(), ports().postgres(), postgresLog, config.fast());
		}
		catch (IOException | SQLException | RuntimeException e) {
			log.error("PostgreSQL did not start", e);
			throw new StackException(
					"PostgreSQL did not start (" + oneLine(e) + ") — see " + display(postgresLog) + ".", e);
		}
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
		return database;
	}

	private synchronized Postgres currentPostgres() {
		return postgres;
	}

	private void startRedis(Steps steps) throws StackException, IOException, InterruptedException {
		Instant since = Instant.now();
		Redis redis = new Redis(config.dataDir().resolve("redis"), logDir().resolve("redis.log"));
		int port = ports().redis();
		Supervised member = new Supervised("redis", 1, "127.0.0.1:" + port, Tier.BACKEND,
				again -> register("redis", Tier.BACKEND, redis.start(port, again)), () -> Redis.isReady(port),
				REDIS_TIMEOUT, running -> {
				});
		ChildProcess process = (ChildProcess) member.launcher.start(false);
		awaitReady("Redis", process, member.ready, REDIS_TIMEOUT);
		watch(member, process);
		steps.done("Redis ready on 127.0.0.1:" + port, since);
	}

	/**
	 * GreenMail in its own JVM (SMTP and IMAP), supervised like Redis: started before
	 * anything else, since nothing needs to be up for it, and awaited beside the rest.
	 */
	private Awaited launchMail() throws IOException, StackException, InterruptedException {
		Instant since = Instant.now();
		Mail mail = new Mail(Preflight.BuildOutputs.of(config.projectRoot()).mailJar(),
				config.dataDir().resolve("mail"), logDir().resolve("mail.log"), javaHome().resolve("bin/java"),
				JvmOptions.mail());
		int smtp = ports().smtp();
		int imap = ports().imap();
		Supervised member = new Supervised("mail", 1, "127.0.0.1:" + smtp, Tier.BACKEND,
				again -> register("mail", Tier.BACKEND, mail.start(smtp, imap, again)), () -> Mail.isReady(smtp, imap),
				MAIL_TIMEOUT, running -> {
				});
		ChildProcess process = (ChildProcess) member.launcher.start(false);
		return new Awaited("Mail server", process, member.ready,
				"127.0.0.1:" + smtp + " (SMTP), 127.0.0.1:" + imap + " (IMAP)", since, MAIL_TIMEOUT, () -> {
					watch(member, process);
					return List.of();
				});
	}

	/**
	 * Kafka's node(s), which need the realm's keys: all started at once (three elect a
	 * controller among themselves, so none is ready before a majority runs). Once every
	 * node serves, the topics, the ACLs and every application. The only place that knows
	 * how brokers start; a node that dies is started again by itself, on its ports and
	 * data, and rejoins its quorum.
	 */
	private List<Awaited> startBrokers(Path java) throws IOException, StackException, InterruptedException {
		KafkaCluster cluster = kafkaCluster();
		Instant kafkaSince = Instant.now();
		List<ChildProcess> processes = cluster.start();
		List<Awaited> nodes = new ArrayList<>();
		for (int i = 0; i < cluster.size(); i++) {
			KafkaBroker node = cluster.node(i + 1);
			ChildProcess process = processes.get(i);
			try {
				register(node.name(), Tier.BACKEND, process);
			}
			catch (StackException stopped) {
				// the nodes after this one are not registered yet: stop them too
				processes.subList(i, processes.size())
					.forEach(later -> ProcessTrees.stop(later.tree(), Instant.now().plusSeconds(5)));
				throw stopped;
			}
			Supervised member = new Supervised("kafka", node.id(), node.clientAddress(), Tier.BACKEND,
					again -> register(node.name(), Tier.BACKEND, node.start()), node::isReady, kafkaTimeout(),
					running -> {
					});
			boolean first = node.id() == 1;
			// node 1 waits for all: only then can topics have three replicas
			Awaited awaited = new Awaited(node.label(), process, first ? cluster::isReady : node::isReady,
					first ? cluster.bootstrapServers() + " (services), " + cluster.partnerBootstrapServers()
							+ " (partners, TLS: CA " + display(cluster.caCertificate()) + ")" : node.clientAddress(),
					kafkaSince, kafkaTimeout(), () -> {
						watch(member, process);
						if (!first) {
							return List.of();
						}
						cluster.applyAccess(KafkaAccess.partnerIds(Realm.render(ports())));
						kafkaServes = true;
						return launchWhatMay(java);
					});
			nodes.add(awaited);
		}
		return nodes;
	}

	/** One node; three get twice as long (formatting included, on two busy cores). */
	private Duration kafkaTimeout() {
		return KAFKA_TIMEOUT.multipliedBy(config.brokers() == 1 ? 1 : 2);
	}

	/** Every node's listener, so a client bootstraps from whichever nodes are up. */
	private List<String> withKafkaNodes(List<String> arguments, App app) {
		KafkaCluster cluster = kafkaCluster();
		String option = "--spring.kafka.bootstrap-servers=";
		String servers = app == App.PARTNER ? cluster.partnerBootstrapServers() : cluster.bootstrapServers();
		return arguments.stream().map(argument -> argument.startsWith(option) ? option + servers : argument).toList();
	}

	private Awaited launch(App app, int instance, Path java) throws IOException, StackException, InterruptedException {
		Path jar = app.jar(config.projectRoot());
		int port = ports().port(app, instance);
		List<String> command = new ArrayList<>(List.of(java.toString()));
		command.addAll(jvmOptions());
		command.addAll(aotCaches ? aotCache(app, java).jarArguments() : List.of("-jar", jar.toString()));
		command.addAll(arguments(app, instance));
		String name = instance == 1 ? app.shortName() : app.shortName() + "-" + instance;
		URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
		Supervised member = new Supervised(app.module(), instance, "http://127.0.0.1:" + port, Tier.FRONT, again -> {
			log.info("Starting {} #{}: {}", app.module(), instance, command);
			return register(name, Tier.FRONT, ChildProcess.start(app.module(), command, JVM_ENVIRONMENT,
					config.projectRoot(), logDir().resolve(app.logName(instance)), again, jar.toString()));
		}, () -> Http.isOk(readiness), APP_TIMEOUT, running -> {
		});
		Instant since = Instant.now();
		ChildProcess process = (ChildProcess) member.launcher.start(false);
		String label = config.instancesOf(app) > 1 ? app.module() + " #" + instance : app.module();
		return new Awaited(label, process, member.ready, "http://127.0.0.1:" + port, since, APP_TIMEOUT, () -> {
			watch(member, process);
			starting--;
			return launchWhatMay(java);
		});
	}

	private List<String> arguments(App app, int instance) {
		List<String> arguments = new ArrayList<>(
				withKafkaNodes(app.arguments(ports(), config.replicas(), instance, config.dataDir()), app));
		arguments.addAll(config.settingsOf(app));
		return arguments;
	}

	private List<String> jvmOptions() {
		return JvmOptions.applications(config.production(), !config.demoData());
	}

	private AotCache aotCache(App app, Path java) {
		return new AotCache(config.dataDir(), app, app.jar(config.projectRoot()), java, jvmOptions());
	}

	/**
	 * One training run at a time, after the start (it would only slow the start down),
	 * for each application whose cache is missing or stale; {@link #close} stops it.
	 */
	private void trainInBackground(Progress progress) {
		Path java = javaHome().resolve("bin/java");
		List<App> untrained = new ArrayList<>();
		for (App app : START_ORDER) {
			try {
				if (config.instancesOf(app) > 0 && !aotCache(app, java).isTrained()) {
					untrained.add(app);
				}
			}
			catch (IOException e) {
				log.warn("Cannot tell whether {} has an AOT cache", app.module(), e);
			}
		}
		if (untrained.isEmpty()) {
			return;
		}
		Thread thread = Thread.ofPlatform().daemon().name("aot-training").unstarted(() -> {
			Instant begin = Instant.now();
			try {
				for (App app : untrained) {
					aotCache(app, java).train(arguments(app, 1), logDir().resolve(app.shortName() + "-aot.log"));
				}
				log.info("AOT caches trained in {} s: the next start uses them",
						Duration.between(begin, Instant.now()).toSeconds());
			}
			catch (InterruptedException stopped) {
				log.info("AOT training stopped with the stack");
			}
			catch (IOException | RuntimeException e) {
				log.warn("AOT training failed", e);
			}
		});
		synchronized (this) {
			if (closed) {
				return;
			}
			training = thread;
		}
		progress.note("Training AOT caches for the next start (" + untrained.size()
				+ " application(s), one at a time, in the background; logs/<app>-aot.log).");
		thread.start();
	}

	/**
	 * Waits until the background AOT training (if any) is done, so that the next start is
	 * a warm one (the benchmark's cold run, say).
	 */
	public void awaitAotTraining(Duration timeout) throws InterruptedException {
		Thread thread;
		synchronized (this) {
			thread = training;
		}
		if (thread != null) {
			thread.join(timeout);
		}
	}

	private CompletableFuture<Void> unpackInBackground(Keycloak keycloakDist, Steps steps) throws IOException {
		boolean extract = keycloakDist.needsExtraction();
		steps.note(
				(extract ? "Unpacking Keycloak into " + display(config.dataDir().resolve("keycloak")) + " and b" : "B")
						+ "uilding it for its options (first start only).");
		return CompletableFuture.runAsync(() -> {
			try {
				if (extract) {
					keycloakDist.extract();
				}
				keycloakDist.build();
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
		// The benchmark's data folder (.carepath/bench/) is its own: a reset of the dev
		// stack leaves it.
		FileTree.deleteChildren(config.dataDir(),
				entry -> entry.endsWith("run") || entry.endsWith("bench") || entry.equals(logDir()));
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

	// ---- what is running, supervising it, and stopping it ----

	private synchronized void checkNotClosed() throws StackException {
		if (closed) {
			throw new StackException("The stack was stopped while starting.");
		}
	}

	/**
	 * Keeps track of a started process; if close() already ran, stops it right away
	 * instead.
	 */
	private ChildProcess register(String name, Tier tier, ChildProcess process) throws IOException, StackException {
		boolean tooLate;
		RunDirectory runDirectory;
		synchronized (this) {
			tooLate = closed;
			runDirectory = run;
			if (!tooLate) {
				started.put(name, new Started(tier, process));
			}
		}
		if (tooLate) {
			ProcessTrees.stop(process.tree(), Instant.now().plusSeconds(5));
			throw new StackException("The stack was stopped while starting.");
		}
		runDirectory.record(name, process.tree(), process.marker());
		return process;
	}

	/** Ready: from now on the supervisor restarts it when it dies. */
	private void watch(Supervised member, Running running) {
		Supervisor watching;
		synchronized (this) {
			watching = supervisor;
		}
		watching.watch(member, running);
	}

	private void announce(String message) {
		Progress listener;
		synchronized (this) {
			listener = progress;
		}
		listener.event(message);
	}

	/**
	 * From the supervisor's threads as well as the starting one: one writer at a time.
	 */
	private void writeInstanceList() {
		Supervisor watching;
		synchronized (this) {
			watching = supervisor;
			if (closed || watching == null) {
				return;
			}
		}
		synchronized (instanceListLock) {
			try {
				InstanceList.write(instanceList(), watching.instances());
			}
			catch (IOException e) {
				log.warn("Could not write {}", instanceList(), e);
			}
		}
	}

	private Supervisor supervisor() {
		synchronized (this) {
			if (supervisor == null) {
				throw new IllegalStateException("The stack has not started.");
			}
			return supervisor;
		}
	}

	/**
	 * Every instance of every part that has been ready, with its current process (as in
	 * instances.json).
	 */
	public List<Instance> instances() {
		return supervisor().instances();
	}

	/** Every Kafka node's services listener: what the services bootstrap from. */
	public String kafkaBootstrapServers() {
		return kafkaCluster().bootstrapServers();
	}

	/** Every Kafka node's partner (TLS) listener. */
	public String kafkaPartnerBootstrapServers() {
		return kafkaCluster().partnerBootstrapServers();
	}

	/** The local CA partners trust. */
	public Path kafkaCaCertificate() {
		return kafkaCluster().caCertificate();
	}

	synchronized KafkaCluster kafkaCluster() {
		if (kafkaCluster == null) {
			throw new IllegalStateException("Kafka has not started.");
		}
		return kafkaCluster;
	}

	/**
	 * Turns the supervision of every instance of a part ({@code kafka}, {@code keycloak},
	 * {@code intake-service}...) off, so that it stays down when it dies — for fault
	 * tests that decide when it comes back — or on again.
	 */
	public void supervise(String part, boolean on) {
		supervisor().supervise(part, on);
	}

	/**
	 * Kills one instance at once (SIGKILL, its whole process tree), as a crash would; the
	 * supervisor restarts it unless its supervision is off.
	 */
	public void kill(String part, int instance) {
		supervisor().kill(member(part, instance));
	}

	/** Waits until the instance runs and answers as ready (after a restart, say). */
	public void awaitReady(String part, int instance, Duration timeout) throws StackException, InterruptedException {
		Supervised member = member(part, instance);
		Instant deadline = Instant.now().plus(timeout);
		while (!supervisor().isReady(member)) {
			checkNotClosed();
			if (Instant.now().isAfter(deadline)) {
				throw new StackException(member.label() + " was not ready within " + timeout.toSeconds() + " s.");
			}
			Thread.sleep(250);
		}
	}

	private Supervised member(String part, int instance) {
		return supervisor().find(part, instance)
			.orElseThrow(() -> new IllegalArgumentException("No " + part + " #" + instance + " in this stack."));
	}

	/**
	 * Kills the broker(s) at once (SIGKILL), as a crash would, and leaves them down until
	 * {@link #startKafkaAgain}: for fault tests.
	 */
	public void crashKafka() {
		crash("kafka");
	}

	/**
	 * Starts the broker(s) again on their ports, with their data, and waits until they
	 * serve.
	 */
	public void startKafkaAgain() throws StackException, IOException, InterruptedException {
		startAgain("kafka");
	}

	/**
	 * Kills Keycloak at once (SIGKILL), as a crash would, and leaves it down until
	 * {@link #startKeycloakAgain}.
	 */
	public void crashKeycloak() {
		crash("keycloak");
	}

	/** Starts Keycloak again with its database and waits until the realm answers. */
	public void startKeycloakAgain() throws StackException, IOException, InterruptedException {
		startAgain("keycloak");
	}

	/**
	 * Kills the mail server at once (SIGKILL) and leaves it down until
	 * {@link #startMailAgain}: an SMTP outage for fault tests. Its mailboxes are lost
	 * (GreenMail keeps mail in memory).
	 */
	public void crashMail() {
		crash("mail");
	}

	/** Starts the mail server again on its ports and waits until SMTP and IMAP greet. */
	public void startMailAgain() throws StackException, IOException, InterruptedException {
		startAgain("mail");
	}

	/**
	 * Stops PostgreSQL (pg_ctl stop -m fast, as a deploy or a host restart would) and
	 * starts it again at once on the same data and port, while the services keep running.
	 */
	public void restartPostgres() throws StackException, IOException, InterruptedException {
		restartPostgres(Duration.ZERO);
	}

	/** The same, staying down for {@code downtime} before starting again. */
	public void restartPostgres(Duration downtime) throws StackException, IOException, InterruptedException {
		supervise("postgres", false);
		try {
			Postgres database = currentPostgres();
			if (database != null) {
				database.close();
			}
			Thread.sleep(downtime.toMillis());
			startAgain("postgres");
		}
		finally {
			supervise("postgres", true);
		}
	}

	private void crash(String part) {
		supervise(part, false);
		for (Supervised member : supervisor().all(part)) {
			kill(part, member.instance);
		}
	}

	/**
	 * Starts every instance of the part that is not running, waits until ready,
	 * supervises it again.
	 */
	private void startAgain(String part) throws StackException, IOException, InterruptedException {
		for (Supervised member : supervisor().all(part)) {
			if (supervisor().isReady(member)) {
				continue;
			}
			Running fresh = member.launcher.start(true);
			awaitReady(member.label(), fresh, member.ready, member.readyTimeout);
			member.afterReady.after(fresh);
			watch(member, fresh);
		}
		supervise(part, true);
	}

	private void awaitReady(String label, Running process, BooleanSupplier ready, Duration timeout)
			throws StackException, InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (!ready.getAsBoolean()) {
			checkNotClosed();
			if (!process.isRunning()) {
				throw new StackException(label + " stopped while starting (" + process.ending() + ") — see its log.");
			}
			if (Instant.now().isAfter(deadline)) {
				throw new StackException(label + " was not ready within " + timeout.toSeconds() + " s.");
			}
			Thread.sleep(250);
		}
	}

	/**
	 * Stops everything within 15 s: first the supervisor, so that nothing is restarted;
	 * then the applications and Keycloak (SIGTERM, then SIGKILL), then the broker, Redis
	 * and the mail server they were talking to, then PostgreSQL. Safe to call from a
	 * shutdown hook while {@link #start} still runs.
	 */
	@Override
	public void close() {
		Instant begin = Instant.now();
		Thread startingThread;
		Supervisor watching;
		Thread trainingThread;
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
			startingThread = starter;
			watching = supervisor;
			trainingThread = training;
		}
		if (trainingThread != null) {
			// its training run is killed as it stops waiting
			trainingThread.interrupt();
		}
		if (watching != null) {
			watching.close();
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
		List<ProcessHandle> backend = new ArrayList<>();
		Postgres database;
		RunDirectory runDirectory;
		List<String> names;
		synchronized (this) {
			started.values()
				.forEach(process -> (process.tier() == Tier.FRONT ? front : backend).addAll(process.running().tree()));
			database = postgres;
			runDirectory = run;
			names = List.copyOf(started.keySet());
		}
		// 15 s in all: 6 for the applications and Keycloak, 3 more for the broker and
		// Redis, 1 to kill what is left, and PostgreSQL's own fast shutdown (pg_ctl waits
		// at most 5 s); 30 s more where class archives are written.
		// With class archives (SharedArchive), Keycloak and the brokers write theirs as
		// they end when it is missing or stale: seconds more, and a kill loses it.
		Duration archiving = aotCaches ? Duration.ofSeconds(30) : Duration.ZERO;
		ProcessTrees.terminate(front);
		ProcessTrees.awaitExit(front, begin.plusSeconds(6).plus(archiving));
		ProcessTrees.terminate(backend);
		List<ProcessHandle> all = new ArrayList<>(front);
		all.addAll(backend);
		if (!ProcessTrees.awaitExit(all, begin.plusSeconds(9).plus(archiving))) {
			log.warn("Killing what did not stop in time: {}", ProcessTrees.alive(all));
			ProcessTrees.kill(all);
			ProcessTrees.awaitExit(all, begin.plusSeconds(10).plus(archiving));
		}
		log.info("Applications, Keycloak, Kafka and Redis stopped after {} ms",
				Duration.between(begin, Instant.now()).toMillis());
		if (database != null) {
			database.close();
		}
		if (runDirectory != null) {
			names.forEach(runDirectory::forget);
			try {
				Files.deleteIfExists(instanceList());
			}
			catch (IOException ignored) {
				// a stale list names pids that are gone; the next start deletes it
			}
			runDirectory.close();
		}
		log.info("Stopped in {} ms", Duration.between(begin, Instant.now()).toMillis());
	}

}
