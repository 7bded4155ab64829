package org.carepath.support.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read or changed a record of health data, when and why
 * (docs/part2-consent.md#audit-log). Each service keeps its own {@code audit_event} table
 * (its Flyway migration), whose subject column is named after what the service audits,
 * e.g. {@code screening_id}. Recording joins the caller's transaction: a change and its
 * audit record are stored together or not at all.
 */
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String insert;

	private final String select;

	AuditLog(JdbcClient jdbc, Clock clock, AuditProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		String column = properties.subjectColumn();
		this.insert = "insert into audit_event (id, at, actor, action, " + column
				+ ", reason) values (?, ?, ?, ?, ?, ?)";
		this.select = "select id, at, actor, action, " + column + " as subject_id, reason from audit_event where "
				+ column + " = ? order by at, id";
	}

	/**
	 * Records one access. {@code subjectId} is the screening, referral… read or changed;
	 * {@code null} for an access to many (a list read).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, @Nullable UUID subjectId, String reason) {
		this.jdbc.sql(this.insert)
			.params(UUID.randomUUID(), Timestamp.from(this.clock.instant()), actor, action, subjectId, reason)
			.update();
	}

	/** The trail of one subject, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> trail(UUID subjectId) {
		return this.jdbc.sql(this.select)
			.param(subjectId)
			.query((rs, row) -> new AuditEntry(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getObject("subject_id", UUID.class),
					rs.getString("reason")))
			.list();
	}

}
