package org.carepath.intake.screening;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the current thread sends to PostgreSQL: each executed statement (a batch
 * counts once: one round trip) and each commit or rollback. Only while
 * {@link #during(Runnable)} runs, on its thread, so the outbox's after-commit work on
 * other threads is not counted.
 */
final class RoundTrips extends DelegatingDataSource {

	private static final ThreadLocal<List<String>> sent = new ThreadLocal<>();

	RoundTrips(DataSource target) {
		super(target);
	}

	/** What was sent to the database while {@code work} ran on this thread, in order. */
	static List<String> during(Runnable work) {
		List<String> log = new ArrayList<>();
		sent.set(log);
		try {
			work.run();
		}
		finally {
			sent.remove();
		}
		return log;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return counting(Connection.class, super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return counting(Connection.class, super.getConnection(username, password));
	}

	private static <T> T counting(Class<T> type, T target) {
		return type.cast(Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] { type },
				new Counter(target, null)));
	}

	private record Counter(Object target, String sql) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			List<String> log = sent.get();
			if (log != null) {
				if (target instanceof Connection && (name.equals("commit") || name.equals("rollback"))) {
					log.add(name);
				}
				else if (target instanceof Statement && name.startsWith("execute")) {
					log.add((this.sql != null) ? this.sql : String.valueOf(args[0]));
				}
			}
			Object result;
			try {
				result = method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Statement statement && !name.equals("getStatement")) {
				String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : null;
				Class<?> type = (statement instanceof CallableStatement) ? CallableStatement.class
						: (statement instanceof PreparedStatement) ? PreparedStatement.class : Statement.class;
				return Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] { type },
						new Counter(statement, sql));
			}
			return result;
		}

	}

}
