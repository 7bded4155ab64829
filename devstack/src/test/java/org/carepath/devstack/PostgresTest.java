package org.carepath.devstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A real PostgreSQL (zonky's binaries) in a temporary folder. */
class PostgresTest {

	@TempDir
	Path dir;

	@Test
	void durableUnlessFast() {
		assertThat(Postgres.serverConfig(false)).containsEntry("fsync", "on")
			.containsEntry("synchronous_commit", "on")
			.containsEntry("full_page_writes", "on")
			.containsEntry("listen_addresses", "127.0.0.1");
		assertThat(Postgres.serverConfig(true)).containsEntry("fsync", "off")
			.containsEntry("synchronous_commit", "off");
	}

	@Test
	void aKilledServerIsSeenGoneAndStartsAgainOnItsDataWithEveryCommitFlushed() throws Exception {
		int port = freePort();
		Path data = this.dir.resolve("postgres");
		Path log = this.dir.resolve("postgres.log");
		Postgres first = Postgres.start(data, port, log, false);
		try {
			assertThat(first.isRunning()).isTrue();
			assertThat(setting(port, "fsync")).isEqualTo("on");
			assertThat(setting(port, "synchronous_commit")).isEqualTo("on");
			execute(port, "create table kept (id int)", "insert into kept values (42)");

			// a crash: the postmaster and its backends, at once
			List<ProcessHandle> tree = first.tree();
			ProcessTrees.kill(tree);
			ProcessTrees.awaitExit(tree, Instant.now().plusSeconds(10));
			assertThat(first.isRunning()).isFalse();
		}
		finally {
			first.close();
		}

		Postgres.removeStalePidFile(data);
		Postgres again = Postgres.start(data, port, log, false);
		try {
			assertThat(again.isRunning()).isTrue();
			assertThat(again.pid()).isNotEqualTo(first.pid());
			try (Connection connection = connect(port);
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select id from kept")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getInt(1)).isEqualTo(42);
			}
		}
		finally {
			again.close();
		}
		assertThat(again.isRunning()).isFalse();
	}

	private static String setting(int port, String name) throws SQLException {
		try (Connection connection = connect(port);
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("show " + name)) {
			row.next();
			return row.getString(1);
		}
	}

	private static void execute(int port, String... sql) throws SQLException {
		try (Connection connection = connect(port); Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
	}

	private static Connection connect(int port) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/intake", "intake",
				Databases.password("intake"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
