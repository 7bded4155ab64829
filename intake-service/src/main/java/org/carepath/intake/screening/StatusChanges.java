package org.carepath.intake.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.carepath.intake.alert.CrisisAlerts;
import org.carepath.support.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.carepath.support.text.Text.blankToNull;

/**
 * Moves a screening through the workflow (the rules are the aggregate's,
 * {@link Screening#changeStatus}) and records each step (who, when, note) with its audit
 * record in the same transaction. The screening's version guards against two staff
 * members changing it at once: the later change fails instead of silently replacing the
 * first.
 */
@Service
class StatusChanges {

	static final int MAX_NOTE = 4000;

	private final ScreeningRepository screenings;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final CrisisAlerts alerts;

	StatusChanges(ScreeningRepository screenings, JdbcClient jdbc, AuditLog audit, Clock clock, CrisisAlerts alerts) {
		this.alerts = alerts;
		this.screenings = screenings;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The request is valid ({@link StatusChangeRequest}'s constraints). */
	@Transactional
	StatusView change(UUID id, StatusChangeRequest request, String actor) {
		Screening screening = this.screenings.findById(id).orElseThrow(() -> new ScreeningNotFoundException(id));
		screening.checkVersion(request.recordVersion());
		return apply(screening, request.target(), blankToNull(request.note()), actor);
	}

	/**
	 * Moves the screening by the aggregate's rules and records the step and its audit
	 * record: a staff member's change, or one the referral service's events cause
	 * ({@link ReferralLinks}). Joins the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	StatusView apply(Screening screening, Status to, @Nullable String note, String actor) {
		UUID id = screening.getId();
		Status from = screening.getStatus();
		screening.changeStatus(to, note, this.alerts.hasOpenAlert(id));
		this.screenings.saveAndFlush(screening);
		this.jdbc.sql("""
				insert into status_change (id, screening_id, from_status, to_status, changed_by, changed_at, note)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id, from.code(), to.code(), actor, Timestamp.from(this.clock.instant()), note)
			.update();
		this.audit.record(actor, "screening.status-changed", id, from.code() + " -> " + to.code());
		return new StatusView(id, to.code(), screening.getVersion(), to.nextCodes(), history(id));
	}

	/** Every change of the screening, oldest first. */
	List<StatusChange> history(UUID screeningId) {
		return this.jdbc.sql("""
				select from_status, to_status, changed_by, changed_at, note from status_change
				where screening_id = ? order by changed_at, id""")
			.param(screeningId)
			.query((rs, row) -> new StatusChange(rs.getString("from_status"), rs.getString("to_status"),
					rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(), rs.getString("note")))
			.list();
	}

	/**
	 * The brief intervention, when one was recorded: the note of the change to
	 * brief-intervention-done.
	 */
	static @Nullable BriefIntervention briefIntervention(List<StatusChange> history) {
		return history.stream()
			.filter(change -> Status.BRIEF_INTERVENTION_DONE.code().equals(change.to()) && change.note() != null)
			.map(change -> new BriefIntervention(change.by(), change.at(), change.note()))
			.reduce((first, second) -> second)
			.orElse(null);
	}

}
