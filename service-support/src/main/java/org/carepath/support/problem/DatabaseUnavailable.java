package org.carepath.support.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Whether a failure means "the database cannot be reached right now" rather than a bug:
 * however Spring, Hibernate or the pool wrapped it
 * ({@code CannotCreateTransactionException}, {@code CannotGetJdbcConnectionException},
 * {@code JDBCConnectionException}...), its cause chain holds the JDBC driver's or the
 * pool's connection failure. Judged on the JDBC types and SQL states alone, so that it
 * holds for JPA and plain JDBC alike.
 */
final class DatabaseUnavailable {

	/**
	 * PostgreSQL's "operator intervention" states a stopping or starting server answers:
	 * admin_shutdown, crash_shutdown, cannot_connect_now.
	 */
	private static final Set<String> SERVER_STOPPING = Set.of("57P01", "57P02", "57P03");

	private DatabaseUnavailable() {
	}

	static boolean isCause(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true; // the pool's "connection is not available" after its
								// connection-timeout
			}
			if (cause instanceof SQLException sql
					&& (isConnectionState(sql.getSQLState()) || isEvictedConnection(sql))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * HikariCP's stand-in for a connection it dropped as broken answers every call with a
	 * stateless "Connection is closed": what the rollback of a transaction whose
	 * connection died with the database meets (and its exception replaces the original).
	 */
	private static boolean isEvictedConnection(SQLException failure) {
		StackTraceElement[] trace = failure.getStackTrace();
		return failure.getSQLState() == null && trace.length > 0
				&& trace[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection");
	}

	/** SQL state class 08 is "connection exception" in the SQL standard. */
	private static boolean isConnectionState(@Nullable String state) {
		return state != null && (state.startsWith("08") || SERVER_STOPPING.contains(state));
	}

}
