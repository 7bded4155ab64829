package org.carepath.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.carepath.devstack.BenchStack;
import org.carepath.devstack.Stack;
import org.carepath.devstack.StackConfig;
import org.carepath.devstack.StackException;
import org.carepath.devstack.StackPorts;

/**
 * {@code ./carepath bench [--only <scenario>] [--smoke]}: starts the bench stack
 * ({@link BenchStack}) cold and warm, warms it up, measures it from 127.0.0.1, stops it,
 * prints a table and writes {@code .carepath/bench/latest.json} and Gatling's HTML
 * reports ({@code .carepath/bench/gatling/}). Every ratio compares figures measured side
 * by side in the same run. What each figure means: bench/README.md.
 */
public final class BenchMain {

	static final String ARTICLE = "/api/content/articles/ketamine-addiction";

	static final String PROGRAMS = "/api/referrals/programs";

	static final String PAGE = "/learn/ketamine-addiction";

	/** The highest submission rate counts only if its p99 stays at or under this. */
	static final double SUBMISSION_P99_BOUND_MS = 50;

	private final Path root;

	private final Path dataDir;

	private final BenchOptions options;

	private final Durations durations;

	private final PrintStream out;

	private final StackPorts ports;

	private final Map<String, Object> results = new LinkedHashMap<>();

	private final List<Path> reports = new ArrayList<>();

	/**
	 * CPU milliseconds per request and part, per scenario: {@code cpu_ms_per_request}.
	 */
	private final Map<String, Object> cpuPerRequest = new LinkedHashMap<>();

	private final AtomicReference<Stack> running = new AtomicReference<>();

	BenchMain(Path root, Path dataDir, StackPorts ports, BenchOptions options, PrintStream out) {
		this.root = root;
		this.ports = ports;
		this.dataDir = dataDir;
		this.options = options;
		this.durations = options.smoke() ? Durations.smoke() : Durations.full();
		this.out = out;
	}

	public static void main(String[] args) {
		BenchOptions options;
		StackPorts ports;
		try {
			options = BenchOptions.parse(List.of(args));
			ports = BenchStack.ports(System.getenv());
		}
		catch (IllegalArgumentException e) {
			System.err.println("carepath: " + e.getMessage());
			System.exit(1);
			return;
		}
		Path root = Path.of("").toAbsolutePath();
		BenchMain bench = new BenchMain(root, BenchStack.dataDir(root), ports, options, System.out);
		Runtime.getRuntime().addShutdownHook(new Thread(bench::stopStack, "bench-stop"));
		try {
			bench.run();
			System.exit(0);
		}
		catch (Exception e) {
			System.err.println(
					"carepath: the bench failed: " + e + " — logs in " + root.relativize(bench.dataDir) + "/logs/");
			e.printStackTrace();
			System.exit(1);
		}
	}

	/** Runs the selected scenarios; the figures, as written to latest.json. */
	Map<String, Object> run() throws Exception {
		Samples.clear();
		if (this.options.runs("start")) {
			measureStarts();
		}
		else {
			deleteTree(gatlingDir());
			start(false);
		}
		try {
			Set<String> load = Set.of("article", "jwt", "page", "submissions", "events");
			if (this.options.runsAny(load)) {
				warmUp();
			}
			if (this.options.runsAny(Set.of("article", "jwt", "page"))) {
				reads();
			}
			double sustained = 0;
			if (this.options.runs("submissions")) {
				sustained = submissionSteps();
			}
			if (this.options.runsAny(Set.of("submissions", "events"))) {
				int rate = sustained > 0 ? (int) Math.max(1, Math.round(0.7 * sustained))
						: Math.max(1, this.durations.firstRate() / 2);
				eventsAt(rate);
			}
			// after the event step: the aftermath of its burst of SQL (autovacuum, a
			// checkpoint) would count as PostgreSQL's idle CPU there
			if (this.options.runs("limit")) {
				submissionLimit();
			}
			if (this.options.runs("memory")) {
				memory();
			}
		}
		finally {
			stopStack();
		}
		if (!this.cpuPerRequest.isEmpty()) {
			this.results.put("cpu_ms_per_request", this.cpuPerRequest);
		}
		Files.createDirectories(this.dataDir);
		Files.writeString(this.dataDir.resolve("latest.json"), Json.write(this.results));
		this.out.println();
		this.out.print(Table.of(this.results));
		this.out.println();
		this.out.println("Figures: " + display(this.dataDir.resolve("latest.json")));
		for (Path report : this.reports) {
			this.out.println("Gatling report: " + display(report.resolve("index.html")));
		}
		return this.results;
	}

	// ---- start ----

	private void measureStarts() throws StackException, IOException, InterruptedException {
		this.out.println("Cold start (" + display(this.dataDir) + " emptied)…");
		this.results.put("ready_cold_s", round(start(true).toMillis() / 1000.0, 1));
		stopStack();
		this.out.println("Warm start (same data" + (aotCaches() ? ", AOT caches" : "") + ")…");
		this.results.put("ready_warm_s", round(start(false).toMillis() / 1000.0, 1));
	}

	/**
	 * The full bench runs the applications as {@code ./carepath up} does, from JDK 25 AOT
	 * caches; the smoke run starts without (it checks the figures' shape, and training
	 * would double its time).
	 */
	private boolean aotCaches() {
		return !this.options.smoke();
	}

	/**
	 * Starts the stack and, when it trains AOT caches after its start (a cold start, or
	 * caches made stale by a new build), waits for the training: a start is timed up to
	 * ready, and nothing is measured while a training run takes the CPU. The smoke run
	 * starts with the developer's quick-start JVM settings instead of production's: its
	 * two starts are most of its time in the build, and its figures are not the machine's
	 * anyway.
	 */
	private Duration start(boolean cold) throws StackException, IOException, InterruptedException {
		StackConfig config = BenchStack.config(this.root, this.dataDir, this.ports, cold)
			.withProduction(!this.options.smoke());
		Instant begin = Instant.now();
		Stack stack = BenchStack.start(config, aotCaches(), message -> this.out.println("  " + message));
		Duration took = Duration.between(begin, Instant.now());
		this.running.set(stack);
		this.out.printf(Locale.ROOT, "  ready after %.1f s%n", took.toMillis() / 1000.0);
		Instant training = Instant.now();
		stack.awaitAotTraining(Duration.ofMinutes(10));
		long trained = Duration.between(training, Instant.now()).toSeconds();
		if (trained > 1) {
			this.out.printf(Locale.ROOT, "  AOT caches trained for the next start in %d s%n", trained);
		}
		return took;
	}

	private void stopStack() {
		Stack stack = this.running.getAndSet(null);
		if (stack != null) {
			this.out.println("Stopping the bench stack…");
			stack.close();
		}
	}

	private Stack stack() {
		Stack stack = this.running.get();
		if (stack == null) {
			throw new IllegalStateException("The bench stack is not running.");
		}
		return stack;
	}

	// ---- reads ----

	private void warmUp() throws Exception {
		this.out.println("Warming up (reads, then submissions)…");
		new ReadsSimulation.Plan(readPhases(true), this.durations.readUsers(), this.durations.warmupPhase(), 1).use();
		GatlingRun.run(ReadsSimulation.class, gatlingDir(), "warm-up reads", false);
		new SubmissionSimulation.Plan("warm-up submissions", gateway(), 2 * this.durations.firstRate(),
				this.durations.warmupPhase().multipliedBy(3), false)
			.use();
		GatlingRun.run(SubmissionSimulation.class, gatlingDir(), "warm-up submissions", false);
		Samples.clear();
	}

	private List<ReadsSimulation.Phase> readPhases(boolean all) throws Exception {
		String content = "http://127.0.0.1:" + this.ports.content();
		String referral = "http://127.0.0.1:" + this.ports.referral();
		List<ReadsSimulation.Phase> phases = new ArrayList<>();
		if (all || this.options.runs("article") || this.options.runs("page")) {
			phases.add(new ReadsSimulation.Phase("article direct", content + ARTICLE, "application/json", null));
			phases.add(new ReadsSimulation.Phase("article gateway", gateway() + ARTICLE, "application/json", null));
		}
		if (all || this.options.runs("jwt")) {
			String token = Tokens.user(this.ports.issuer(), "clinician");
			phases.add(new ReadsSimulation.Phase("jwt direct", referral + PROGRAMS, "application/json", token));
			phases.add(new ReadsSimulation.Phase("jwt gateway", gateway() + PROGRAMS, "application/json", token));
		}
		if (all || this.options.runs("page")) {
			phases.add(new ReadsSimulation.Phase("page gateway", gateway() + PAGE, "text/html", null));
		}
		return phases;
	}

	private void reads() throws Exception {
		List<ReadsSimulation.Phase> phases = readPhases(false);
		this.out.printf(Locale.ROOT, "Reads: %s, %d users, %d × %d s each…%n",
				phases.stream().map(ReadsSimulation.Phase::name).toList(), this.durations.readUsers(),
				this.durations.readRounds(), this.durations.readPhase().toSeconds());
		new ReadsSimulation.Plan(phases, this.durations.readUsers(), this.durations.readPhase(),
				this.durations.readRounds())
			.use();
		try (CpuMeter cpu = CpuMeter.start(stack().instances(), this.durations.idleCpu())) {
			GatlingRun.run(ReadsSimulation.class, gatlingDir(), "reads", true).ifPresent(this.reports::add);
			for (ReadsSimulation.Phase phase : phases) {
				Samples samples = Samples.of(phase.name());
				if (samples.failedCount() > 0) {
					this.out.printf("  warning: %d of the '%s' requests failed (not counted)%n", samples.failedCount(),
							phase.name());
				}
				this.cpuPerRequest.put(phase.name().replace(' ', '_'),
						cpu.perRequest(ReadsSimulation.windows(phase.name()), samples.okCount()));
			}
		}
		double seconds = this.durations.readPhase().toSeconds() * this.durations.readRounds();
		if (this.options.runs("article") || this.options.runs("page")) {
			double direct = Samples.of("article direct").okCount() / seconds;
			double gateway = Samples.of("article gateway").okCount() / seconds;
			if (this.options.runs("article")) {
				this.results.put("article_direct_rps", round(direct, 1));
				this.results.put("article_gateway_rps", round(gateway, 1));
				this.results.put("article_ratio", round(ratio(gateway, direct), 3));
			}
			if (this.options.runs("page")) {
				double page = Samples.of("page gateway").okCount() / seconds;
				this.results.put("article_page_rps", round(page, 1));
				this.results.put("article_page_ratio", round(ratio(page, gateway), 3));
			}
		}
		if (this.options.runs("jwt")) {
			double direct = Samples.of("jwt direct").okCount() / seconds;
			double gateway = Samples.of("jwt gateway").okCount() / seconds;
			this.results.put("jwt_direct_rps", round(direct, 1));
			this.results.put("jwt_gateway_rps", round(gateway, 1));
			this.results.put("jwt_ratio", round(ratio(gateway, direct), 3));
		}
	}

	// ---- submissions ----

	/** The highest rate of the steps answered all 2xx with p99 ≤ 50 ms (0 if none). */
	private double submissionSteps() throws Exception {
		int sustained = 0;
		int rate = this.durations.firstRate();
		for (int step = 0; step < this.durations.maxSteps(); step++, rate += this.durations.rateStep()) {
			String name = "submit " + rate + "/s";
			new SubmissionSimulation.Plan(name, gateway(), rate, this.durations.step(), false).use();
			GatlingRun.run(SubmissionSimulation.class, gatlingDir(), name, false);
			Samples samples = Samples.of(name);
			long offered = rate * this.durations.step().toSeconds();
			double p99 = samples.percentile(99);
			boolean held = samples.failedCount() == 0 && samples.okCount() >= offered && p99 <= SUBMISSION_P99_BOUND_MS;
			this.out.printf(Locale.ROOT, "  %-16s %5d ok, %3d failed, p99 %6.1f ms%s%n", name, samples.okCount(),
					samples.failedCount(), p99, held ? "" : "  ← not sustained");
			if (!held) {
				break;
			}
			sustained = rate;
		}
		this.results.put("submissions_gateway_per_s", (double) sustained);
		return sustained;
	}

	/**
	 * The submission step at {@code rate} (70 % of the sustained one) with a consumer on
	 * the screenings topic; then the broker alone at the same rate.
	 */
	private void eventsAt(int rate) throws Exception {
		Stack stack = stack();
		String name = "submit " + rate + "/s (70 %)";
		this.out.println("Submissions at " + rate + "/s with a consumer on intake.screenings.v1…");
		EventLatency.clear();
		Map<String, Object> consumer = KafkaClients.service(stack.kafkaBootstrapServers(), this.ports.issuer(),
				"referral-service");
		try (TopicListener listener = new TopicListener(consumer, "intake.screenings.v1",
				(record, at) -> EventLatency.received(record.key(), at))) {
			new SubmissionSimulation.Plan(name, gateway(), rate, this.durations.eventStep(), true).use();
			try (CpuMeter cpu = CpuMeter.start(stack.instances(), this.durations.idleCpu())) {
				long from = System.nanoTime();
				GatlingRun.run(SubmissionSimulation.class, gatlingDir(), name, true).ifPresent(this.reports::add);
				// the events still on their way belong to the submissions' cost too
				Thread.sleep(1000);
				this.cpuPerRequest.put("submission", cpu
					.perRequest(List.<long[]>of(new long[] { from, System.nanoTime() }), Samples.of(name).okCount()));
			}
			Instant until = Instant.now().plusSeconds(20);
			while (EventLatency.latenciesMicros().length < EventLatency.acknowledged()
					&& Instant.now().isBefore(until)) {
				Thread.sleep(200);
			}
		}
		Samples samples = Samples.of(name);
		if (this.options.runs("submissions")) {
			this.results.put("submission_p99_ms", round(samples.percentile(99), 1));
		}
		if (this.options.runs("events")) {
			long[] events = EventLatency.latenciesMicros();
			this.out.printf("  %d acknowledged, %d events received; slowest: %s%n", EventLatency.acknowledged(),
					events.length, EventLatency.worst(5));
			this.results.put("event_p50_ms", round(Percentiles.of(events, 50) / 1000.0, 1));
			this.results.put("event_p99_ms", round(Percentiles.of(events, 99) / 1000.0, 1));
			this.out.println("Kafka alone at " + rate + "/s (" + RawKafka.TOPIC + ")…");
			BenchStack.createTopic(stack, RawKafka.TOPIC, "intake-service", "referral-service");
			long[] raw = RawKafka.run(
					KafkaClients.service(stack.kafkaBootstrapServers(), this.ports.issuer(), "intake-service"),
					consumer, rate, this.durations.eventStep());
			this.out.printf("  %d records received%n", raw.length);
			this.results.put("raw_kafka_p99_ms", round(Percentiles.of(raw, 99) / 1000.0, 1));
		}
	}

	private void submissionLimit() throws InterruptedException {
		this.out.printf("Submission SQL over JDBC, %d threads, %d s…%n", this.durations.jdbcThreads(),
				this.durations.jdbc().toSeconds());
		double limit = SubmissionLimit.run("jdbc:postgresql://127.0.0.1:" + this.ports.postgres() + "/intake", "intake",
				BenchStack.databasePassword("intake"), this.durations.jdbcThreads(), this.durations.jdbc());
		this.results.put("submission_limit_per_s", round(limit, 1));
	}

	// ---- memory ----

	private void memory() throws InterruptedException {
		this.out.println("Idle for " + this.durations.idle().toSeconds() + " s, then resident memory…");
		Thread.sleep(this.durations.idle().toMillis());
		this.results.put("idle_rss_mb", Rss.of(stack().instances()));
	}

	// ---- helpers ----

	private String gateway() {
		return "http://127.0.0.1:" + this.ports.gateway();
	}

	private Path gatlingDir() {
		return this.dataDir.resolve("gatling");
	}

	private String display(Path path) {
		return path.startsWith(this.root) ? this.root.relativize(path).toString() : path.toString();
	}

	/** The results of earlier runs, so that the reports listed are this run's. */
	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static double ratio(double part, double whole) {
		return whole == 0 ? 0 : part / whole;
	}

	static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

}
