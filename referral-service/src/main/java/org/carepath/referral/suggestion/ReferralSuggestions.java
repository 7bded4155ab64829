package org.carepath.referral.suggestion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening events from intake become referral suggestions for staff when the screening
 * is high-risk or a crisis (DOMAIN.md §4). A suggestion is a prompt, never a referral:
 * nothing is sent because of it. Idempotent by event id (at-least-once delivery), and one
 * suggestion per screening.
 */
@Service
public class ReferralSuggestions {

	/**
	 * Bands at or above DOMAIN.md §4's "high" row: DAST-10 ≥ 6, CRAFFT ≥ 2, PHQ-9 / GAD-7
	 * ≥ 15.
	 */
	static final Map<String, Set<String>> HIGH_RISK_BANDS = Map.of("dast-10", Set.of("substantial", "severe"),
			"crafft-2.1", Set.of("high-risk"), "phq-9", Set.of("moderately-severe", "severe"), "gad-7",
			Set.of("severe"));

	private final JdbcClient jdbc;

	private final Clock clock;

	ReferralSuggestions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a suggestion for a high-risk or crisis screening; does nothing for any
	 * other screening, or for an event id (or screening) already seen.
	 * @return whether a suggestion was created
	 */
	@Transactional
	public boolean record(UUID eventId, UUID screeningId, @Nullable String reference, String instrument,
			@Nullable String band, boolean positive, boolean crisis, @Nullable Instant completedAt) {
		if (!suggestsReferral(instrument, band, positive, crisis)) {
			return false;
		}
		return this.jdbc.sql("""
				insert into referral_suggestion (id, event_id, screening_id, screening_reference, instrument, band,
				    positive, crisis, completed_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(UUID.randomUUID(), eventId, screeningId, reference, instrument, band, positive, crisis,
					(completedAt != null) ? Timestamp.from(completedAt) : null, Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	static boolean suggestsReferral(String instrument, @Nullable String band, boolean positive, boolean crisis) {
		if (crisis) {
			return true;
		}
		return positive && band != null && HIGH_RISK_BANDS.getOrDefault(instrument, Set.of()).contains(band);
	}

	/**
	 * A referral was made for the screening: its open suggestion is done. Joins the
	 * referral's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void referred(UUID screeningId, UUID referralId, String clinician) {
		this.jdbc.sql("""
				update referral_suggestion set status = 'referred', closed_at = ?, closed_by = ?, referral_id = ?
				where screening_id = ? and status = 'open'""")
			.params(Timestamp.from(this.clock.instant()), clinician, referralId, screeningId)
			.update();
	}

	List<Suggestion> open() {
		return this.jdbc.sql("""
				select * from referral_suggestion where status = 'open'
				order by crisis desc, created_at desc, id""")
			.query((rs, row) -> new Suggestion(rs.getObject("id", UUID.class), rs.getObject("screening_id", UUID.class),
					rs.getString("screening_reference"), rs.getString("instrument"), rs.getString("band"),
					rs.getBoolean("positive"), rs.getBoolean("crisis"),
					(rs.getTimestamp("completed_at") != null) ? rs.getTimestamp("completed_at").toInstant() : null,
					rs.getTimestamp("created_at").toInstant(), rs.getString("status")))
			.list();
	}

	/**
	 * Dismisses an open suggestion; false when there is no open suggestion with this id.
	 */
	boolean dismiss(UUID id, String by, @Nullable String reason) {
		return this.jdbc.sql("""
				update referral_suggestion set status = 'dismissed', closed_at = ?, closed_by = ?, close_reason = ?
				where id = ? and status = 'open'""")
			.params(Timestamp.from(this.clock.instant()), by, reason, id)
			.update() == 1;
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("select count(*) from referral_suggestion where id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	record Suggestion(UUID id, UUID screeningId, @Nullable String screeningReference, String instrument,
			@Nullable String band, boolean positive, boolean crisis, @Nullable Instant completedAt, Instant createdAt,
			String status) {
	}

}
