package org.carepath.intake.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carepath.intake.audit.AuditLog;
import org.carepath.support.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/** Crisis alerts (DOMAIN.md §3): opened with the screening, open until a named staff member acknowledges them. */
@Component
public class CrisisAlerts {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	CrisisAlerts(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens an alert in the caller's transaction, so a crisis screening is never stored without one. */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID open(UUID screeningId, Instant raisedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into crisis_alert (id, screening_id, status, raised_at) values (?, ?, 'open', ?)")
			.params(id, screeningId, Timestamp.from(raisedAt))
			.update();
		return id;
	}

	@Transactional(readOnly = true)
	List<AlertRow> list(String status) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				select a.id, a.screening_id, s.reference, s.instrument_id, a.status, a.raised_at, a.acknowledged_by,
				       a.acknowledged_at
				from crisis_alert a join screening s on s.id = a.screening_id
				where a.status = ?
				order by a.raised_at asc, a.id asc""")
			.param(status)
			.query((rs, row) -> {
				Instant raisedAt = rs.getTimestamp("raised_at").toInstant();
				Timestamp acknowledgedAt = rs.getTimestamp("acknowledged_at");
				return new AlertRow(rs.getObject("id", UUID.class), rs.getObject("screening_id", UUID.class),
						rs.getString("reference"), rs.getString("instrument_id"), rs.getString("status"), raisedAt,
						(acknowledgedAt != null) ? acknowledgedAt.toInstant() : null, rs.getString("acknowledged_by"),
						Duration.between(raisedAt, (acknowledgedAt != null) ? acknowledgedAt.toInstant() : now)
							.toMinutes());
			})
			.list();
	}

	/** Records who acknowledged, when; 404 for an unknown alert, 409 when someone already has. */
	@Transactional
	AlertRow acknowledge(UUID id, String actor) {
		Instant now = this.clock.instant();
		int updated = this.jdbc.sql("""
				update crisis_alert set status = 'acknowledged', acknowledged_by = ?, acknowledged_at = ?
				where id = ? and status = 'open'""")
			.params(actor, Timestamp.from(now), id)
			.update();
		if (updated == 0) {
			boolean exists = this.jdbc.sql("select count(*) from crisis_alert where id = ?")
				.param(id)
				.query(Integer.class)
				.single() > 0;
			if (!exists) {
				throw problem(HttpStatus.NOT_FOUND, "not-found", "Unknown alert", "No crisis alert has this id.");
			}
			throw problem(HttpStatus.CONFLICT, "alert-already-acknowledged", "Alert already acknowledged",
					"Someone has already acknowledged this crisis alert.");
		}
		AlertRow alert = this.jdbc.sql("""
				select a.id, a.screening_id, s.reference, s.instrument_id, a.raised_at
				from crisis_alert a join screening s on s.id = a.screening_id where a.id = ?""")
			.param(id)
			.query((rs, row) -> {
				Instant raisedAt = rs.getTimestamp("raised_at").toInstant();
				return new AlertRow(id, rs.getObject("screening_id", UUID.class), rs.getString("reference"),
						rs.getString("instrument_id"), "acknowledged", raisedAt, now, actor,
						Duration.between(raisedAt, now).toMinutes());
			})
			.single();
		this.audit.record(actor, "alert.acknowledged", alert.screeningId(), "care");
		return alert;
	}

	private static ErrorResponseException problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(Problems.type(type));
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}

}
