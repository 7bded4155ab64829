package org.carepath.intake.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due notifications (docs/clinic-operations.md#retries-and-once-only). Each one is
 * claimed with {@code select … for update skip locked} and sent while its row is locked,
 * then marked in the same transaction: every instance polls, none takes a row another one
 * holds, and a sent row is never due again, so each step is sent once. An instance that
 * dies mid-send releases its row unmarked: it is sent again (at least once, never lost).
 * A failed send is retried with exponential backoff and recorded; after
 * {@code max-attempts} it is {@code failed}. Logs name notifications by id only, never
 * the recipient or the content.
 */
@Component
class NotificationSender {

	private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

	/** At most this many per poll, so one poll does not hold the scheduler for long. */
	static final int BATCH = 50;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final NotificationChannel channel;

	private final AlertMessages messages;

	private final NotificationProperties properties;

	private final Clock clock;

	private final MeterRegistry meters;

	NotificationSender(JdbcClient jdbc, TransactionTemplate transactions, NotificationChannel channel,
			AlertMessages messages, NotificationProperties properties, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.channel = channel;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
		this.meters = meters;
	}

	@Scheduled(fixedDelayString = "${carepath.notifications.poll-interval:5s}",
			initialDelayString = "${carepath.notifications.poll-interval:5s}")
	void sendDue() {
		if (!this.properties.enabled()) {
			return;
		}
		try {
			for (int i = 0; i < BATCH && sendOne(); i++) {
				// next
			}
		}
		catch (RuntimeException ex) {
			// The database is away: the rows wait. The class only: a driver message may
			// quote a statement's values.
			log.warn("Notification poll stopped ({}); trying again at the next poll", ex.getClass().getName());
		}
	}

	/** Sends one due notification; false when none is due. */
	boolean sendOne() {
		return Boolean.TRUE.equals(this.transactions.execute(tx -> {
			Instant now = this.clock.instant();
			Due due = this.jdbc.sql("""
					select id, recipient, reason, screening_id, reference, raised_at, attempts
					from alert_notification
					where status = 'pending' and due_at <= ?
					order by due_at
					limit 1
					for update skip locked""")
				.param(Timestamp.from(now))
				.query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getString("recipient"),
						Reason.of(rs.getString("reason")), rs.getObject("screening_id", UUID.class),
						rs.getString("reference"), rs.getTimestamp("raised_at").toInstant(), rs.getInt("attempts")))
				.optional()
				.orElse(null);
			if (due == null) {
				return false;
			}
			int attempts = due.attempts() + 1;
			try {
				this.channel.send(this.messages.compose(due.recipient(), due.reason(), due.screeningId(),
						due.reference(), due.raisedAt()));
			}
			catch (Exception ex) {
				failed(due, attempts, ex);
				return true;
			}
			this.jdbc.sql("""
					update alert_notification set status = 'sent', attempts = ?, sent_at = ?
					where id = ?""").params(attempts, Timestamp.from(this.clock.instant()), due.id()).update();
			log.info("Notification {} sent (attempt {})", due.id(), attempts);
			count(due.reason(), "sent");
			return true;
		}));
	}

	/**
	 * {@code carepath.notifications} by reason and outcome ({@code sent}, {@code retry},
	 * {@code failed}): an alerting rule on {@code failed} or a growing {@code retry}
	 * shows a mail outage before anyone misses a page.
	 */
	private void count(Reason reason, String outcome) {
		this.meters.counter("carepath.notifications", "reason", reason.code(), "outcome", outcome).increment();
	}

	private void failed(Due due, int attempts, Exception ex) {
		UUID id = due.id();
		count(due.reason(), (attempts >= this.properties.retry().maxAttempts()) ? "failed" : "retry");
		NotificationProperties.Retry retry = this.properties.retry();
		boolean last = attempts >= retry.maxAttempts();
		Instant next = this.clock.instant().plus(retry.delayAfter(attempts));
		this.jdbc.sql("""
				update alert_notification set attempts = ?, last_error = ?, status = ?,
				       due_at = case when ? then due_at else ? end
				where id = ?""")
			.params(attempts, error(ex), last ? "failed" : "pending", last, Timestamp.from(next), id)
			.update();
		if (last) {
			log.error("Notification {} failed after {} attempts ({})", id, attempts, ex.getClass().getName());
		}
		else {
			log.warn("Notification {} not sent (attempt {}, {}); next try at {}", id, attempts, ex.getClass().getName(),
					next);
		}
	}

	/**
	 * What staff see on the alert: the exception and its message, shortened. A mail
	 * server's refusal may name the address, which staff see anyway; it never goes to the
	 * log.
	 */
	static String error(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String text = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		if (cause != ex) {
			text += " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
		}
		return (text.length() > 500) ? text.substring(0, 497) + "..." : text;
	}

	private record Due(UUID id, String recipient, Reason reason, UUID screeningId, String reference, Instant raisedAt,
			int attempts) {
	}

}
