package org.carepath.referral.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read or changed a referral or consent, when and why (DOMAIN.md §6). Joins the
 * caller's transaction: a change and its audit record are stored together or not at all.
 */
@Component
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, @Nullable UUID referralId, String reason) {
		this.jdbc.sql("insert into audit_event (id, at, actor, action, referral_id, reason) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), Timestamp.from(this.clock.instant()), actor, action, referralId, reason)
			.update();
	}

	List<AuditEntry> forReferral(UUID referralId) {
		return this.jdbc.sql(
				"select id, at, actor, action, referral_id, reason from audit_event where referral_id = ? order by at, id")
			.param(referralId)
			.query((rs, row) -> new AuditEntry(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getObject("referral_id", UUID.class),
					rs.getString("reason")))
			.list();
	}

}
