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
import java.util.Optional;

/**
 * A real PostgreSQL from the binaries zonky ships in a jar; its data directory outlives
 * the process.
 */
final class Postgres implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Postgres.class);

	private final EmbeddedPostgres server;

	private final Path dataDir;

	private Postgres(EmbeddedPostgres server, Path dataDir) {
		this.server = server;
		this.dataDir = dataDir;
	}

	static Postgres start(Path dataDir, int port, Path log) throws IOException, SQLException {
		Files.createDirectories(dataDir);
		EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setPort(port)
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setRegisterShutdownHook(false)
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
