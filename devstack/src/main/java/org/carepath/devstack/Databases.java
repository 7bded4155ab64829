package org.carepath.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** One database per service (and Keycloak's), each owned by a role of the same name. */
final class Databases {

	static final List<String> NAMES = List.of("intake", "referral", "content", "keycloak");

	private Databases() {
	}

	/** Development password of the role that owns a database, e.g. {@code intake-dev}. */
	static String password(String database) {
		return database + "-dev";
	}

	/**
	 * Creates whatever is missing; a second start leaves existing databases and their
	 * data alone.
	 */
	static void ensure(int port) throws SQLException {
		String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
		try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
			for (String name : NAMES) {
				try (Statement statement = connection.createStatement()) {
					if (!exists(connection, "select 1 from pg_roles where rolname = ?", name)) {
						statement.execute("create role " + name + " login password '" + password(name) + "'");
					}
					if (!exists(connection, "select 1 from pg_database where datname = ?", name)) {
						statement.execute("create database " + name + " owner " + name);
					}
				}
			}
		}
	}

	/** Drops a database and creates it empty again, for the same owner. */
	static void recreate(int port, String name) throws SQLException {
		if (!NAMES.contains(name)) {
			throw new IllegalArgumentException("Not one of the stack's databases: " + name);
		}
		String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name + " owner " + name);
		}
	}

	private static boolean exists(Connection connection, String query, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(query)) {
			statement.setString(1, name);
			try (ResultSet result = statement.executeQuery()) {
				return result.next();
			}
		}
	}

}
