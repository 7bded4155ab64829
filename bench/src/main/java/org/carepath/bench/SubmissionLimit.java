package org.carepath.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The machine's limit for submissions: the statements intake-service's submission commits
 * (SubmissionService.submit with its JPA mapping, the Modulith outbox and
 * service-support's AuditLog), sent over plain JDBC by a few threads to the same
 * PostgreSQL as the running stack, no HTTP, no JSON, no Java framework in between. Per
 * submission, in one transaction: the idempotency-key lookup, the reference check, the
 * screening row (answers and notes as jsonb), the outbox row in {@code event_publication}
 * and the audit row; then, in a second transaction as after Kafka's acknowledgement, the
 * outbox row is completed (deleted: completion-mode=delete), so the outbox job has
 * nothing to send again.
 */
final class SubmissionLimit {

	private static final String ANSWERS = "{\"1\": \"LA33-6\", \"10\": \"LA33-6\", \"2\": \"LA33-6\", \"3\": \"LA33-6\", "
			+ "\"4\": \"LA33-6\", \"5\": \"LA33-6\", \"6\": \"LA33-6\", \"7\": \"LA33-6\", \"8\": \"LA33-6\", "
			+ "\"9\": \"LA33-6\"}";

	private static final String EVENT = "{\"eventId\":\"%s\",\"screeningId\":\"%s\",\"instrument\":\"dast-10\","
			+ "\"version\":\"1.0.0\",\"mode\":\"self\",\"score\":9,\"band\":\"severe\",\"positive\":true,"
			+ "\"crisis\":false,\"nextStep\":\"assessment-referral\",\"completedAt\":\"%s\"}";

	private SubmissionLimit() {
	}

	/** Submissions committed per second. */
	static double run(String jdbcUrl, String user, String password, int threads, Duration duration)
			throws InterruptedException {
		AtomicLong committed = new AtomicLong();
		List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
		long end = System.nanoTime() + duration.toNanos();
		List<Thread> workers = new ArrayList<>();
		long begin = System.nanoTime();
		for (int i = 0; i < threads; i++) {
			workers.add(Thread.ofPlatform().name("bench-jdbc-" + i).start(() -> {
				try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
					Statements statements = new Statements(connection);
					while (System.nanoTime() < end) {
						statements.submit();
						committed.incrementAndGet();
					}
				}
				catch (SQLException | RuntimeException e) {
					failures.add(e);
				}
			}));
		}
		for (Thread worker : workers) {
			worker.join();
		}
		if (!failures.isEmpty()) {
			throw new IllegalStateException("The JDBC submissions failed: " + failures.getFirst(), failures.getFirst());
		}
		return committed.get() / ((System.nanoTime() - begin) / 1e9);
	}

	/** One connection's prepared statements, as Hibernate and JdbcClient prepare them. */
	private static final class Statements {

		private final Connection connection;

		private final PreparedStatement byKey;

		private final PreparedStatement referenceTaken;

		private final PreparedStatement screening;

		private final PreparedStatement outbox;

		private final PreparedStatement audit;

		private final PreparedStatement completed;

		Statements(Connection connection) throws SQLException {
			this.connection = connection;
			connection.setAutoCommit(false);
			this.byKey = connection
				.prepareStatement("select id, request_hash from screening where idempotency_key = ?");
			this.referenceTaken = connection.prepareStatement("select 1 from screening where reference = ? limit 1");
			this.screening = connection.prepareStatement("""
					insert into screening (id, reference, instrument_id, instrument_version, mode, status, crisis,
					  completed_at, started_at, answers, score, band, positive, next_step_code, interpretation, notes,
					  respondent_sex, respondent_age_band, administered_by, idempotency_key, request_hash, subject,
					  version, revision)
					values (?, ?, 'dast-10', '1.0.0', 'self', 'new', false, ?, null, ?::jsonb, 9, 'severe', true,
					  'assessment-referral', 'Substantial problems related to drug use.', '[]'::jsonb, null, null, null,
					  ?, ?, null, 0, 1)""");
			this.outbox = connection.prepareStatement(
					"""
							insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
							  completion_date, status, completion_attempts, last_resubmission_date)
							values (?, 'org.springframework.modulith.events.support.DelegatingEventExternalizer.externalize(java.lang.Object)',
							  'org.carepath.intake.screening.ScreeningCompleted', ?, ?, null, 'PUBLISHED', 1, null)""");
			this.audit = connection.prepareStatement(
					"insert into audit_event (id, at, actor, action, screening_id, reason) values (?, ?, ?, ?, ?, ?)");
			this.completed = connection.prepareStatement("delete from event_publication where id = ?");
		}

		void submit() throws SQLException {
			UUID id = UUID.randomUUID();
			UUID event = UUID.randomUUID();
			Timestamp now = Timestamp.from(Instant.now());
			String key = UUID.randomUUID().toString();
			this.byKey.setString(1, key);
			try (ResultSet earlier = this.byKey.executeQuery()) {
				earlier.next();
			}
			String reference = reference();
			this.referenceTaken.setString(1, reference);
			try (ResultSet taken = this.referenceTaken.executeQuery()) {
				taken.next();
			}
			this.screening.setObject(1, id);
			this.screening.setString(2, reference);
			this.screening.setTimestamp(3, now);
			this.screening.setString(4, ANSWERS);
			this.screening.setString(5, key);
			this.screening.setString(6, Long.toHexString(ThreadLocalRandom.current().nextLong()).repeat(4));
			this.screening.executeUpdate();
			this.outbox.setObject(1, event);
			this.outbox.setString(2, EVENT.formatted(event, id, now.toInstant()));
			this.outbox.setTimestamp(3, now);
			this.outbox.executeUpdate();
			this.audit.setObject(1, UUID.randomUUID());
			this.audit.setTimestamp(2, now);
			this.audit.setString(3, "anonymous");
			this.audit.setString(4, "screening.created");
			this.audit.setObject(5, id);
			this.audit.setString(6, "self");
			this.audit.executeUpdate();
			this.connection.commit();
			this.completed.setObject(1, event);
			this.completed.executeUpdate();
			this.connection.commit();
		}

		/** Like intake's References: 16 characters at most, unique. */
		private static String reference() {
			return "B" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36).toUpperCase();
		}

	}

}
