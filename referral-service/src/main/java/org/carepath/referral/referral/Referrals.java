package org.carepath.referral.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Referrals, their status history and their disclosure log, in SQL. Callers own the
 * transaction.
 */
@Component
class Referrals {

	private final JdbcClient jdbc;

	Referrals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Fails with a duplicate key when another request took this key first. */
	void rememberKey(String idempotencyKey, String requestHash, UUID referral, Instant now) {
		this.jdbc.sql("""
				insert into referral_idempotency_key (idempotency_key, request_hash, referral_id, received_at)
				values (:key, :hash, :referral, :now)
				""")
			.param("key", idempotencyKey)
			.param("hash", requestHash)
			.param("referral", referral)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The referral a key made, with the hash of the request that made it. */
	Optional<KeyedReferral> findByKey(String idempotencyKey) {
		return this.jdbc
			.sql("select referral_id, request_hash from referral_idempotency_key where idempotency_key = :key")
			.param("key", idempotencyKey)
			.query((rs, row) -> new KeyedReferral(rs.getObject("referral_id", UUID.class),
					rs.getString("request_hash")))
			.optional();
	}

	record KeyedReferral(UUID referral, String requestHash) {
	}

	void insert(ReferralRecord referral) {
		this.jdbc.sql("""
				insert into referral (id, screening_id, screening_reference, program_id, asam_edition, level_code,
				    reason_category, patient_name, patient_date_of_birth, patient_phone, patient_email,
				    preferred_contact, share_contact, share_scores, scores, consent_id, status, requested_by,
				    created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)""")
			.params(referral.id(), referral.screeningId(), referral.screeningReference(), referral.programId(),
					referral.asamEdition(), referral.levelCode(), referral.reasonCategory(), referral.patientName(),
					referral.patientDateOfBirth(), referral.patientPhone(), referral.patientEmail(),
					referral.preferredContact(), referral.shareContact(), referral.shareScores(), referral.scoresJson(),
					referral.consentId(), referral.status().code(), referral.requestedBy(),
					Timestamp.from(referral.createdAt()), Timestamp.from(referral.updatedAt()))
			.update();
	}

	Optional<ReferralRecord> find(UUID id) {
		return this.jdbc.sql("select * from referral where id = ?").param(id).query(Referrals::map).optional();
	}

	/**
	 * The referral, locked until the transaction ends: status changes and revocations are
	 * serialized.
	 */
	Optional<ReferralRecord> lock(UUID id) {
		return this.jdbc.sql("select * from referral where id = ? for update")
			.param(id)
			.query(Referrals::map)
			.optional();
	}

	List<ReferralRecord> list(@Nullable ReferralStatus status) {
		if (status == null) {
			return this.jdbc.sql("select * from referral order by updated_at desc, id").query(Referrals::map).list();
		}
		return this.jdbc.sql("select * from referral where status = ? order by updated_at desc, id")
			.param(status.code())
			.query(Referrals::map)
			.list();
	}

	/**
	 * Whether referral {@code r} was disclosed to its program: its referral event logged
	 * for that program and not withheld at send time. One the consent gate withheld was
	 * never the partner's to see. Takes the event type as its one parameter.
	 */
	private static final String DISCLOSED_TO_ITS_PROGRAM = """
			exists (
			    select 1 from disclosure d
			    where d.referral_id = r.id and d.recipient_program_id = r.program_id and d.event_type = ?
			        and d.withheld_at is null)""";

	/**
	 * The program's referrals that were disclosed to it
	 * ({@link #DISCLOSED_TO_ITS_PROGRAM}).
	 */
	List<ReferralRecord> disclosedTo(UUID programId) {
		return this.jdbc
			.sql("select * from referral r where r.program_id = ? and " + DISCLOSED_TO_ITS_PROGRAM
					+ " order by r.created_at desc, r.id")
			.params(programId, ReferralRequested.TYPE)
			.query(Referrals::map)
			.list();
	}

	/**
	 * The referral, when it was disclosed to this program (the rule of
	 * {@link #disclosedTo}); empty for an unknown id, another program's referral, or one
	 * whose referral event was withheld or never sent.
	 */
	Optional<ReferralRecord> findDisclosedTo(UUID id, UUID programId) {
		return this.jdbc
			.sql("select * from referral r where r.id = ? and r.program_id = ? and " + DISCLOSED_TO_ITS_PROGRAM)
			.params(id, programId, ReferralRequested.TYPE)
			.query(Referrals::map)
			.optional();
	}

	/** {@link #findDisclosedTo}, locked until the transaction ends like {@link #lock}. */
	Optional<ReferralRecord> lockDisclosedTo(UUID id, UUID programId) {
		return this.jdbc
			.sql("select * from referral r where r.id = ? and r.program_id = ? and " + DISCLOSED_TO_ITS_PROGRAM
					+ " for update of r")
			.params(id, programId, ReferralRequested.TYPE)
			.query(Referrals::map)
			.optional();
	}

	void changeStatus(ReferralRecord referral, ReferralStatus to, String changedBy, String kind, Instant at,
			@Nullable LocalDate effectiveOn, @Nullable String reason) {
		this.jdbc.sql("update referral set status = ?, updated_at = ? where id = ?")
			.params(to.code(), Timestamp.from(at), referral.id())
			.update();
		recordStatus(referral.id(), to, referral.status(), changedBy, kind, at, effectiveOn, reason);
	}

	void recordStatus(UUID referralId, ReferralStatus status, @Nullable ReferralStatus previous, String changedBy,
			String kind, Instant at, @Nullable LocalDate effectiveOn, @Nullable String reason) {
		this.jdbc.sql("""
				insert into referral_status_change (id, referral_id, seq, status, previous_status, changed_by,
				    changed_by_kind, changed_at, effective_on, reason)
				values (?, ?, (select count(*) + 1 from referral_status_change where referral_id = ?), ?, ?, ?, ?, ?,
				    ?, ?)""")
			.params(UUID.randomUUID(), referralId, referralId, status.code(),
					(previous != null) ? previous.code() : null, changedBy, kind, Timestamp.from(at), effectiveOn,
					reason)
			.update();
	}

	List<StatusChange> history(UUID referralId) {
		return this.jdbc.sql("select * from referral_status_change where referral_id = ? order by seq")
			.param(referralId)
			.query((rs, row) -> new StatusChange(rs.getString("status"), rs.getString("previous_status"),
					rs.getString("changed_by"), rs.getString("changed_by_kind"),
					rs.getTimestamp("changed_at").toInstant(), rs.getObject("effective_on", LocalDate.class),
					rs.getString("reason")))
			.list();
	}

	void recordDisclosure(UUID referralId, DisclosureRecord disclosure, String payloadJson) {
		this.jdbc.sql("""
				insert into disclosure (id, referral_id, disclosed_at, recipient_program_id, recipient_partner_id,
				    recipient_name, elements, data_description, consent_description, purpose, consent_id,
				    consent_version, approved_by, event_id, event_type, payload)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
			.params(disclosure.id(), referralId, Timestamp.from(disclosure.disclosedAt()),
					disclosure.recipient().programId(), disclosure.recipient().partnerId(),
					disclosure.recipient().name(), disclosure.elements().toArray(String[]::new),
					disclosure.dataDescription(), disclosure.consentDescription(), disclosure.purpose(),
					disclosure.consent().id(), disclosure.consent().version(), disclosure.approvedBy(),
					disclosure.eventId(), disclosure.eventType(), payloadJson)
			.update();
	}

	List<DisclosureRecord> disclosures(UUID referralId) {
		return this.jdbc.sql("select * from disclosure where referral_id = ? order by disclosed_at, id")
			.param(referralId)
			.query((rs, row) -> new DisclosureRecord(rs.getObject("id", UUID.class),
					rs.getTimestamp("disclosed_at").toInstant(),
					new DisclosureRecord.Recipient(rs.getObject("recipient_program_id", UUID.class),
							rs.getString("recipient_partner_id"), rs.getString("recipient_name")),
					List.of((String[]) rs.getArray("elements").getArray()), rs.getString("data_description"),
					rs.getString("consent_description"), rs.getString("purpose"),
					new DisclosureRecord.ConsentRef(rs.getObject("consent_id", UUID.class),
							rs.getInt("consent_version")),
					rs.getString("approved_by"), rs.getObject("event_id", UUID.class), rs.getString("event_type"),
					instant(rs.getTimestamp("withheld_at"))))
			.list();
	}

	/**
	 * The consent gate refused the event at send time: the log says it was never
	 * disclosed.
	 */
	void markWithheld(UUID eventId, Instant at) {
		this.jdbc.sql("update disclosure set withheld_at = ? where event_id = ? and withheld_at is null")
			.params(Timestamp.from(at), eventId)
			.update();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** The data of the referral event as the partner received it, when one was sent. */
	Optional<String> disclosedPayload(UUID referralId) {
		return this.jdbc.sql("""
				select payload::text from disclosure where referral_id = ? and event_type = ? and withheld_at is null
				order by disclosed_at desc limit 1""")
			.params(referralId, ReferralRequested.TYPE)
			.query(String.class)
			.optional();
	}

	private static ReferralRecord map(ResultSet rs, int row) throws SQLException {
		return new ReferralRecord(rs.getObject("id", UUID.class), rs.getObject("screening_id", UUID.class),
				rs.getString("screening_reference"), rs.getObject("program_id", UUID.class),
				rs.getString("asam_edition"), rs.getString("level_code"), rs.getString("reason_category"),
				rs.getString("patient_name"), rs.getObject("patient_date_of_birth", LocalDate.class),
				rs.getString("patient_phone"), rs.getString("patient_email"), rs.getString("preferred_contact"),
				rs.getBoolean("share_contact"), rs.getBoolean("share_scores"), rs.getString("scores"),
				rs.getObject("consent_id", UUID.class), ReferralStatus.of(rs.getString("status")).orElseThrow(),
				rs.getString("requested_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

}
