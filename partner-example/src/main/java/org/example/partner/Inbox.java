package org.example.partner;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Our own record of the referrals CarePath sent us, and of the events already handled.
 * Each event is recorded in the same local transaction as its effect, so a redelivered
 * event finds its {@code processed_event} row: the insert fails on the primary key, the
 * transaction rolls back, and the caller knows it has seen the event.
 */
@Repository
class Inbox {

	static final String RECEIVED = "received";

	static final String CANCELLED = "cancelled";

	private final JdbcClient jdbc;

	private final Clock clock;

	Inbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if this event (or this
	 * referral) was stored before
	 */
	@Transactional
	void receive(EventId event, ReferralRequested referral) {
		markProcessed(event, ReferralEventListener.REQUESTED);
		ReferralRequested.Consent consent = referral.consent();
		jdbc.sql("""
				insert into referral (id, status, level_of_care_edition, level_of_care_code, level_of_care_name,
				    reason_category, consent_reference, consent_expires_on, consent_expiry_event, contact, scores,
				    requested_at, received_at)
				values (:id, :status, :edition, :code, :name, :reason, :consent, :expiresOn, :expiryEvent, :contact,
				    :scores, :requestedAt, :receivedAt)
				""")
			.param("id", referral.referralId())
			.param("status", RECEIVED)
			.param("edition", referral.levelOfCare().edition())
			.param("code", referral.levelOfCare().code())
			.param("name", referral.levelOfCare().name())
			.param("reason", referral.reasonCategory())
			.param("consent", consent == null ? null : consent.reference())
			.param("expiresOn", consent == null ? null : consent.expiresOn())
			.param("expiryEvent", consent == null ? null : consent.expiryEvent())
			.param("contact", json(referral.contact()))
			.param("scores", json(referral.scores()))
			.param("requestedAt", timestamp(referral.requestedAt()))
			.param("receivedAt", timestamp(clock.instant()))
			.update();
	}

	/**
	 * Consent revoked: the referral is cancelled and what identifies the person or
	 * describes their health is deleted. A cancellation for a referral we never received
	 * is remembered too, so that a late request for it is refused by the primary key
	 * instead of being answered.
	 * @throws org.springframework.dao.DuplicateKeyException if this event was handled
	 * before
	 */
	@Transactional
	void cancel(EventId event, ReferralCancelled cancellation) {
		markProcessed(event, ReferralEventListener.CANCELLED);
		Timestamp now = timestamp(clock.instant());
		int updated = jdbc.sql("""
				update referral set status = :status, contact = null, scores = null, cancelled_at = :now
				where id = :id
				""").param("status", CANCELLED).param("now", now).param("id", cancellation.referralId()).update();
		if (updated == 0) {
			jdbc.sql("insert into referral (id, status, received_at, cancelled_at) values (:id, :status, :now, :now)")
				.param("id", cancellation.referralId())
				.param("status", CANCELLED)
				.param("now", now)
				.update();
		}
	}

	Optional<String> status(UUID referral) {
		return jdbc.sql("select status from referral where id = :id")
			.param("id", referral)
			.query(String.class)
			.optional();
	}

	/** The answer CarePath took, or the status CarePath reports when it refused ours. */
	@Transactional
	void answered(UUID referral, String status) {
		jdbc.sql("update referral set status = :status, answered_at = :now where id = :id and status = :received")
			.param("status", status)
			.param("now", timestamp(clock.instant()))
			.param("id", referral)
			.param("received", RECEIVED)
			.update();
	}

	private void markProcessed(EventId event, String type) {
		jdbc.sql("insert into processed_event (source, id, type, processed_at) values (:source, :id, :type, :now)")
			.param("source", event.source())
			.param("id", event.id())
			.param("type", type)
			.param("now", timestamp(clock.instant()))
			.update();
	}

	private static @Nullable String json(@Nullable JsonNode node) {
		return node == null || node.isNull() ? null : node.toString();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	/** A CloudEvent's identity: {@code source} and {@code id} together are unique. */
	record EventId(String source, String id) {
	}

}
