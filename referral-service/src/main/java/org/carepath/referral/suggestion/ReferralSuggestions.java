package org.carepath.referral.suggestion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening events from intake become referral suggestions for staff when intake's
 * suggested next step is an assessment and referral or an urgent review
 * (docs/clinical-rules.md; which score leads there is intake's rule, never re-derived
 * here), or the screening is a crisis. A suggestion is a prompt, never a referral:
 * nothing is sent because of it. Idempotent by event id (at-least-once delivery), and one
 * suggestion per screening.
 */
@Service
public class ReferralSuggestions {

	/**
	 * Intake's next steps (screening-completed.v1 {@code nextStep}) that call for one.
	 */
	static final Set<String> REFERRAL_STEPS = Set.of("assessment-referral", "urgent-review");

	private final JdbcClient jdbc;

	private final Clock clock;

	ReferralSuggestions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a suggestion for a screening whose next step calls for a referral, or a
	 * crisis; does nothing for any other screening, or for an event id (or screening)
	 * already seen.
	 * @param nextStep intake's suggested next step code
	 * @return whether a suggestion was created
	 */
	@Transactional
	public boolean record(UUID eventId, UUID screeningId, @Nullable String reference, String instrument,
			@Nullable String band, boolean positive, boolean crisis, String nextStep, @Nullable Instant completedAt) {
		if (!suggestsReferral(nextStep, crisis)) {
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

	static boolean suggestsReferral(String nextStep, boolean crisis) {
		return crisis || REFERRAL_STEPS.contains(nextStep);
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
