package org.carepath.intake.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.carepath.intake.notification.AlertNotice;
import org.carepath.intake.notification.AlertNotifications;
import org.carepath.intake.notification.NotificationView;
import org.carepath.support.audit.AuditLog;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crisis alerts (docs/clinical-rules.md#crisis-alerts): opened with the screening, open
 * until a named staff member acknowledges them.
 */
@Component
public class CrisisAlerts {

	/**
	 * Where a crisis alert goes: the staff queue, where open alerts come first for every
	 * staff member.
	 */
	static final String STAFF_QUEUE = "staff";

	private static final String SELECT = """
			select a.id, a.screening_id, s.reference, s.instrument_id, a.status, a.raised_at, a.acknowledged_by,
			       a.acknowledged_at, a.alerted_to
			from crisis_alert a join screening s on s.id = a.screening_id""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final AlertNotifications notifications;

	CrisisAlerts(JdbcClient jdbc, AuditLog audit, Clock clock, AlertNotifications notifications) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.notifications = notifications;
	}

	/**
	 * Opens an alert in the caller's transaction, so a crisis screening is never stored
	 * without one, nor an alert without its notifications to the person on call and the
	 * escalation steps (docs/clinic-operations.md#who-is-notified-when).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID open(UUID screeningId, String reference, Instant raisedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into crisis_alert (id, screening_id, status, raised_at, alerted_to)
				values (?, ?, 'open', ?, ?)""").params(id, screeningId, Timestamp.from(raisedAt), STAFF_QUEUE).update();
		this.notifications.alertOpened(new AlertNotice(id, screeningId, reference, raisedAt));
		return id;
	}

	/**
	 * The alerts with this status, oldest first. Listing the open ones counts as seeing
	 * them: the first time each staff member does so is recorded.
	 */
	@Transactional
	List<AlertRow> list(String status, String viewer) {
		Instant now = this.clock.instant();
		if ("open".equals(status)) {
			this.jdbc.sql("""
					insert into alert_view (alert_id, seen_by, first_seen_at)
					select id, ?, ? from crisis_alert where status = 'open'
					on conflict do nothing""").params(viewer, Timestamp.from(now)).update();
		}
		Map<UUID, List<AlertSeen>> seen = seenBy("a.status = ?", status);
		List<AlertRow> rows = withNotifications(
				this.jdbc.sql(SELECT + " where a.status = ? order by a.raised_at asc, a.id asc")
					.param(status)
					.query((rs, row) -> row(rs, now, seen))
					.list());
		this.audit.record(viewer, "alerts.listed", null, status + ": " + rows.size() + " alerts");
		return rows;
	}

	/**
	 * Records who acknowledged, when (acknowledging is also seeing it); refused for an
	 * unknown alert, and, naming who acknowledged it and when, if someone already has.
	 */
	@Transactional
	AlertRow acknowledge(UUID id, String actor) {
		Instant now = this.clock.instant();
		int updated = this.jdbc.sql("""
				update crisis_alert set status = 'acknowledged', acknowledged_by = ?, acknowledged_at = ?
				where id = ? and status = 'open'""").params(actor, Timestamp.from(now), id).update();
		if (updated == 0) {
			AlertRow earlier = find(id, now).orElseThrow(AlertNotFoundException::new);
			throw new AlertAlreadyAcknowledgedException(String.valueOf(earlier.acknowledgedBy()),
					Objects.requireNonNull(earlier.acknowledgedAt()));
		}
		// Someone took it on: the escalation steps still pending stop here.
		this.notifications.alertAcknowledged(id);
		this.jdbc
			.sql("insert into alert_view (alert_id, seen_by, first_seen_at) values (?, ?, ?) on conflict do nothing")
			.params(id, actor, Timestamp.from(now))
			.update();
		AlertRow alert = find(id, now).orElseThrow();
		this.audit.record(actor, "alert.acknowledged", alert.screeningId(), "care");
		return alert;
	}

	/**
	 * The screening's current alert (the open one, else the latest), or null when it
	 * never had one. Reading it while it is open records that the viewer saw it.
	 */
	@Transactional
	public @Nullable ScreeningAlert forScreening(UUID screeningId, String viewer) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into alert_view (alert_id, seen_by, first_seen_at)
				select id, ?, ? from crisis_alert where screening_id = ? and status = 'open'
				on conflict do nothing""").params(viewer, Timestamp.from(now), screeningId).update();
		Map<UUID, List<AlertSeen>> seen = seenBy("a.screening_id = ?", screeningId);
		return this.jdbc
			.sql(SELECT + " where a.screening_id = ? order by (a.status = 'open') desc, a.raised_at desc limit 1")
			.param(screeningId)
			.query((rs, row) -> row(rs, now, seen))
			.optional()
			.map(row -> withNotifications(List.of(row)).get(0))
			.map(row -> new ScreeningAlert(row.id(), row.status(), row.raisedAt(), row.alertedTo(), row.seenBy(),
					row.acknowledgedBy(), row.acknowledgedAt(), row.notifications()))
			.orElse(null);
	}

	/** Whether the screening has an alert that nobody has acknowledged yet. */
	@Transactional(readOnly = true)
	public boolean hasOpenAlert(UUID screeningId) {
		return this.jdbc.sql("select count(*) from crisis_alert where screening_id = ? and status = 'open'")
			.param(screeningId)
			.query(Integer.class)
			.single() > 0;
	}

	private Optional<AlertRow> find(UUID id, Instant now) {
		Map<UUID, List<AlertSeen>> seen = seenBy("a.id = ?", id);
		return this.jdbc.sql(SELECT + " where a.id = ?")
			.param(id)
			.query((rs, row) -> row(rs, now, seen))
			.optional()
			.map(row -> withNotifications(List.of(row)).get(0));
	}

	/**
	 * Each alert with its notifications (docs/clinic-operations.md#who-is-notified-when).
	 */
	private List<AlertRow> withNotifications(List<AlertRow> rows) {
		Map<UUID, List<NotificationView>> sent = this.notifications.forAlerts(rows.stream().map(AlertRow::id).toList());
		return rows.stream()
			.map(row -> new AlertRow(row.id(), row.screeningId(), row.screeningReference(), row.instrument(),
					row.status(), row.raisedAt(), row.acknowledgedAt(), row.acknowledgedBy(), row.waitingMinutes(),
					row.alertedTo(), row.seenBy(), sent.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private Map<UUID, List<AlertSeen>> seenBy(String condition, Object param) {
		Map<UUID, List<AlertSeen>> seen = new HashMap<>();
		this.jdbc.sql("""
				select v.alert_id, v.seen_by, v.first_seen_at
				from alert_view v join crisis_alert a on a.id = v.alert_id
				where %s
				order by v.first_seen_at, v.seen_by""".formatted(condition))
			.param(param)
			.query((RowCallbackHandler) rs -> seen
				.computeIfAbsent(rs.getObject("alert_id", UUID.class), alert -> new ArrayList<>())
				.add(new AlertSeen(rs.getString("seen_by"), rs.getTimestamp("first_seen_at").toInstant())));
		return seen;
	}

	private static AlertRow row(ResultSet rs, Instant now, Map<UUID, List<AlertSeen>> seen) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Instant raisedAt = rs.getTimestamp("raised_at").toInstant();
		Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
		Instant acknowledgedAt = (acknowledged != null) ? acknowledged.toInstant() : null;
		return new AlertRow(id, rs.getObject("screening_id", UUID.class), rs.getString("reference"),
				rs.getString("instrument_id"), rs.getString("status"), raisedAt, acknowledgedAt,
				rs.getString("acknowledged_by"),
				Duration.between(raisedAt, (acknowledgedAt != null) ? acknowledgedAt : now).toMinutes(),
				rs.getString("alerted_to"), List.copyOf(seen.getOrDefault(id, List.of())), List.of());
	}

}
