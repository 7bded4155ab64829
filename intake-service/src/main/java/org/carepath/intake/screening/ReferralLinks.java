package org.carepath.intake.screening;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.carepath.intake.alert.CrisisAlerts;
import org.carepath.support.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links the referral service's referrals to the screenings they were made from, from its
 * lifecycle events, so intake and referral never disagree and nothing depends on a second
 * write by the portal (docs/events.md#referral-status-changed). Each event is handled
 * once (by its CloudEvents source and id, recorded with its effect) and a late, older
 * status never overwrites a newer one. While a referral stands (requested, accepted, in
 * progress or completed) its screening becomes {@code referred} by the workflow's own
 * transition, when the workflow allows it now: after the brief intervention, with no
 * crisis alert open (docs/clinical-rules.md). Otherwise the screening keeps its status
 * and staff mark it referred later, which the portal offers only once a referral exists.
 */
@Service
class ReferralLinks {

	/**
	 * Who the workflow and the audit trail name for what the referral service reports.
	 */
	static final String ACTOR = "referral-service";

	static final URI SOURCE = URI.create("urn:carepath:referral-service");

	static final Set<String> STATUSES = Set.of("requested", "accepted", "rejected", "in-progress", "completed",
			"cancelled");

	/** The statuses of a referral that still stands: the screening counts as referred. */
	private static final Set<String> STANDING = Set.of("requested", "accepted", "in-progress", "completed");

	private final ScreeningRepository screenings;

	private final StatusChanges statusChanges;

	private final CrisisAlerts alerts;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ReferralLinks(ScreeningRepository screenings, StatusChanges statusChanges, CrisisAlerts alerts, JdbcClient jdbc,
			AuditLog audit, Clock clock) {
		this.screenings = screenings;
		this.statusChanges = statusChanges;
		this.alerts = alerts;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** What became of an event. */
	enum Outcome {

		/** Linked (or the link updated), the screening moved on if it could. */
		APPLIED,

		/** This event was handled before: nothing changed. */
		DUPLICATE,

		/** No such screening here: nothing to link. */
		UNKNOWN_SCREENING

	}

	/**
	 * Applies one lifecycle event, in one transaction with its record as handled.
	 * @param status one of {@link #STATUSES}
	 */
	@Transactional
	Outcome apply(UUID eventId, UUID referralId, UUID screeningId, String status, Instant changedAt) {
		boolean first = this.jdbc.sql("""
				insert into processed_event (source, event_id, processed_at) values (?, ?, ?)
				on conflict do nothing""")
			.params(SOURCE.toString(), eventId, Timestamp.from(this.clock.instant()))
			.update() == 1;
		if (!first) {
			return Outcome.DUPLICATE;
		}
		Screening screening = this.screenings.findById(screeningId).orElse(null);
		if (screening == null) {
			return Outcome.UNKNOWN_SCREENING;
		}
		// Only a newer status replaces the one stored: a re-sent older event arrives
		// late.
		this.jdbc.sql("""
				insert into screening_referral (referral_id, screening_id, status, updated_at) values (?, ?, ?, ?)
				on conflict (referral_id) do update set status = excluded.status, updated_at = excluded.updated_at
				where screening_referral.updated_at < excluded.updated_at""")
			.params(referralId, screeningId, status, Timestamp.from(changedAt))
			.update();
		this.audit.record(ACTOR, "screening.referral-linked", screeningId, status);
		String current = this.jdbc.sql("select status from screening_referral where referral_id = ?")
			.param(referralId)
			.query(String.class)
			.single();
		if (STANDING.contains(current) && screening.getStatus().allows(Status.REFERRED)
				&& !this.alerts.hasOpenAlert(screeningId)) {
			this.statusChanges.apply(screening, Status.REFERRED, "Referral " + referralId + " " + current + ".", ACTOR);
		}
		return Outcome.APPLIED;
	}

	/** The screening's referrals, the latest change first. */
	List<ReferralLink> of(UUID screeningId) {
		return this.jdbc.sql("""
				select referral_id, status, updated_at from screening_referral
				where screening_id = ? order by updated_at desc, referral_id""")
			.param(screeningId)
			.query((rs, row) -> new ReferralLink(rs.getObject("referral_id", UUID.class), rs.getString("status"),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

}
