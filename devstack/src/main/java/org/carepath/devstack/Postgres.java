package org.carepath.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real PostgreSQL from the binaries zonky ships in a jar; its data directory outlives
 * the process.
 */
final class Postgres implements AutoCloseable, Supervised.Running {

	private static final Logger log = LoggerFactory.getLogger(Postgres.class);

	private final EmbeddedPostgres server;

	private final Path dataDir;

	// The postmaster as it was when the server had started: a handle keeps its start
	// time, so a reused pid is not mistaken for it.
	private final ProcessHandle postmaster;

	private Postgres(EmbeddedPostgres server, Path dataDir) {
		this.server = server;
		this.dataDir = dataDir;
		this.postmaster = postmaster().orElse(null);
	}

	/**
	 * Durable unless {@code fast}: every commit is flushed to disk before it is
	 * acknowledged. Fast turns fsync, full-page writes and synchronous commit off (zonky
	 * passes {@code -F} itself; a later {@code -c fsync=on} wins over it), which loses
	 * the last commits, or the whole cluster, if the machine crashes.
	 */
	static Map<String, String> serverConfig(boolean fast) {
		String setting = fast ? "off" : "on";
		return Map.of("listen_addresses", "127.0.0.1", "fsync", setting, "synchronous_commit", setting,
				"full_page_writes", setting);
	}

	static Postgres start(Path dataDir, int port, Path log) throws IOException, SQLException {
		return start(dataDir, port, log, false);
	}

	static Postgres start(Path dataDir, int port, Path log, boolean fast) throws IOException, SQLException {
		Files.createDirectories(dataDir);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(port)
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false);
		serverConfig(fast).forEach(builder::setServerConfig);
		EmbeddedPostgres server = builder.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		Postgres postgres = new Postgres(server, dataDir);
		try {
			Databases.ensure(port);
		}
		catch (SQLException | RuntimeException e) {
			postgres.close();
			throw e;
		}
		return postgres;
	}

	/**
	 * The postmaster runs detached from us (pg_ctl start); its pid is only in its pid
	 * file.
	 */
	Optional<ProcessHandle> postmaster() {
		try {
			return Files.readAllLines(dataDir.resolve("postmaster.pid"))
				.stream()
				.findFirst()
				.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid.trim())));
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/**
	 * A postmaster killed by a signal leaves its pid file behind; while nobody has reaped
	 * it yet (a zombie) PostgreSQL would take it for a running server and refuse to
	 * start. Called only once the last server of this data directory is known to be gone.
	 */
	static void removeStalePidFile(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		try {
			Optional<String> first = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile).stream().findFirst()
					: Optional.empty();
			Optional<ProcessHandle> holder = first.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid.trim())));
			if (first.isPresent() && holder.filter(ProcessTrees::isRunning).isEmpty()) {
				log.info("Removing the pid file of a PostgreSQL that is gone ({})", first.get().trim());
				Files.deleteIfExists(pidFile);
			}
		}
		catch (IOException | RuntimeException e) {
			log.warn("Could not check {}", pidFile, e);
		}
	}

	@Override
	public long pid() {
		return postmaster == null ? 0 : postmaster.pid();
	}

	/** The postmaster still runs: the liveness the supervisor checks. */
	@Override
	public boolean isRunning() {
		return postmaster != null && ProcessTrees.isRunning(postmaster);
	}

	@Override
	public List<ProcessHandle> tree() {
		List<ProcessHandle> tree = new ArrayList<>();
		if (postmaster != null) {
			tree.add(postmaster);
			postmaster.descendants().forEach(tree::add);
		}
		return tree;
	}

	@Override
	public String ending() {
		return isRunning() ? "running" : "postmaster gone";
	}

	/**
	 * pg_ctl stop -m fast (waits up to 5 s); if the server is still there after that, it
	 * is killed.
	 */
	@Override
	public void close() {
		Optional<ProcessHandle> postmaster = postmaster();
		try {
			server.close();
		}
		catch (IOException | RuntimeException e) {
			// the check below handles a server that did not stop
		}
		postmaster.ifPresent(process -> {
			List<ProcessHandle> tree = new ArrayList<>(List.of(process));
			process.descendants().forEach(tree::add);
			if (!ProcessTrees.awaitExit(tree, Instant.now().plusMillis(500))) {
				log.warn("PostgreSQL still running after pg_ctl stop: {}", ProcessTrees.alive(tree));
				ProcessTrees.stop(tree, Instant.now().plusSeconds(2));
			}
		});
	}

}
