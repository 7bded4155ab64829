package org.carepath.support.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL that a test can stop and start again, as an outage or a restart: the
 * same data directory and the same port, so the data survives and an application's
 * connection pool, which knows only the URL, finds it again by itself.
 */
public final class RestartablePostgres implements AutoCloseable {

	private final Path dataDirectory;

	private final int port;

	private EmbeddedPostgres postgres;

	private RestartablePostgres(Path dataDirectory, EmbeddedPostgres postgres) {
		this.dataDirectory = dataDirectory;
		this.postgres = postgres;
		this.port = postgres.getPort();
	}

	public static RestartablePostgres start() {
		try {
			Path dataDirectory = Files.createTempDirectory("carepath-pg-");
			return new RestartablePostgres(dataDirectory, builder(dataDirectory).start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The database {@code postgres} of the superuser {@code postgres}. */
	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
	}

	public String username() {
		return "postgres";
	}

	/**
	 * Stops the server ({@code pg_ctl stop -m fast}: open sessions are ended, as in a
	 * restart), keeping its data.
	 */
	public synchronized void stop() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts the server again on the same port and data directory. */
	public synchronized void restart() {
		try {
			this.postgres = builder(this.dataDirectory).setPort(this.port).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void close() {
		stop();
		try (Stream<Path> files = Files.walk(this.dataDirectory)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static EmbeddedPostgres.Builder builder(Path dataDirectory) {
		// Kept between stops: the restarted server must find its data (no initdb again).
		return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false);
	}

}
