package org.carepath.intake.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.carepath.intake.oncall.OnCall;
import org.carepath.intake.oncall.OnCallRoster;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications of crisis alerts (docs/clinic-operations.md#who-is-notified-when):
 * all three steps are written when the alert opens, in its transaction, each with the
 * time it is due; {@link NotificationSender} sends them; acknowledging cancels what is
 * still pending.
 */
@Component
public class AlertNotifications {

	private static final Logger log = LoggerFactory.getLogger(AlertNotifications.class);

	static final String NOBODY = "Nobody to notify: no on-call slot or exception covers the time and no clinic-wide "
			+ "escalation contact is set";

	private final JdbcClient jdbc;

	private final OnCallRoster roster;

	private final NotificationProperties properties;

	private final NotificationChannel channel;

	AlertNotifications(JdbcClient jdbc, OnCallRoster roster, NotificationProperties properties,
			NotificationChannel channel) {
		this.jdbc = jdbc;
		this.roster = roster;
		this.properties = properties;
		this.channel = channel;
	}

	/**
	 * Writes the alert's steps in the caller's transaction, so an alert is never stored
	 * without them: the person on call when it was raised (outside any slot, the
	 * escalation contact) at once, then that slot's escalation contact after
	 * {@code escalate-after}, and again {@code escalate-again-after} later. The
	 * recipients are decided now, from the roster at the time it was raised.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void alertOpened(AlertNotice notice) {
		OnCall onCall = this.roster.at(notice.raisedAt());
		Instant escalation = notice.raisedAt().plus(this.properties.escalateAfter());
		// One statement for the three steps: a crisis submission stays a few round trips.
		this.jdbc
			.sql("""
					insert into alert_notification (id, alert_id, screening_id, reference, raised_at, channel, recipient,
					                                reason, status, due_at, last_error)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Stream.of(row(notice, Reason.ON_CALL, onCall.firstContact(), notice.raisedAt()),
					row(notice, Reason.ESCALATION, onCall.escalation(), escalation),
					row(notice, Reason.ESCALATION_AGAIN, onCall.escalation(),
							escalation.plus(this.properties.escalateAgainAfter())))
				.flatMap(List::stream)
				.toList())
			.update();
		if (onCall.firstContact() == null) {
			log.warn("Crisis alert {} has nobody to notify: set the on-call roster", notice.alertId());
		}
	}

	/**
	 * Someone took the alert on: what is still pending is cancelled, in the
	 * acknowledgement's transaction. A step being sent right now holds its row: this
	 * waits for it, and it stays sent.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void alertAcknowledged(UUID alertId) {
		this.jdbc.sql("update alert_notification set status = 'cancelled' where alert_id = ? and status = 'pending'")
			.param(alertId)
			.update();
	}

	/** Each alert's notifications, oldest first. */
	@Transactional(readOnly = true)
	public Map<UUID, List<NotificationView>> forAlerts(Collection<UUID> alertIds) {
		Map<UUID, List<NotificationView>> views = new HashMap<>();
		if (alertIds.isEmpty()) {
			return views;
		}
		this.jdbc.sql("""
				select alert_id, recipient, reason, status, attempts, due_at, sent_at, last_error
				from alert_notification where alert_id in (:ids)
				order by due_at, array_position(array['on-call', 'escalation', 'escalation-again'], reason)""")
			.param("ids", alertIds)
			.query((RowCallbackHandler) rs -> {
				Timestamp sent = rs.getTimestamp("sent_at");
				views.computeIfAbsent(rs.getObject("alert_id", UUID.class), id -> new java.util.ArrayList<>())
					.add(new NotificationView(rs.getString("recipient"), rs.getString("reason"), rs.getString("status"),
							rs.getInt("attempts"), rs.getTimestamp("due_at").toInstant(),
							(sent != null) ? sent.toInstant() : null, rs.getString("last_error")));
			});
		return views;
	}

	private List<@Nullable Object> row(AlertNotice notice, Reason reason, @Nullable String recipient, Instant dueAt) {
		return Arrays.asList(UUID.randomUUID(), notice.alertId(), notice.screeningId(), notice.reference(),
				Timestamp.from(notice.raisedAt()), this.channel.name(), recipient, reason.code(),
				(recipient != null) ? "pending" : "failed", Timestamp.from(dueAt), (recipient != null) ? null : NOBODY);
	}

}
