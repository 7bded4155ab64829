package org.carepath.intake.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.carepath.intake.alert.CrisisAlerts;
import org.carepath.support.audit.AuditLog;
import org.carepath.support.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

import static org.carepath.support.text.Text.blankToNull;

/**
 * Moves a screening through the workflow ({@link Status}), only along the allowed
 * transitions, and records each step (who, when, note) with its audit record in the same
 * transaction. The screening's version guards against two staff members changing it at
 * once: the later change fails instead of silently replacing the first.
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

	@Transactional
	StatusView change(UUID id, StatusChangeRequest request, String actor) {
		List<Map<String, String>> errors = new ArrayList<>();
		Status to = null;
		if (blankToNull(request.status()) == null) {
			errors.add(Problems.fieldError("status", "required"));
		}
		else {
			to = Status.of(request.status().strip()).orElse(null);
			if (to == null) {
				errors.add(Problems.fieldError("status", "must be one of "
						+ String.join(", ", Arrays.stream(Status.values()).map(Status::code).toList())));
			}
		}
		String note = blankToNull(request.note());
		if (note != null && note.length() > MAX_NOTE) {
			errors.add(Problems.fieldError("note", "at most " + MAX_NOTE + " characters"));
		}
		if (!errors.isEmpty() || to == null) {
			throw WorkflowProblems.invalid(errors);
		}
		Screening screening = this.screenings.findById(id).orElseThrow(WorkflowProblems::notFound);
		checkVersion(screening, request.recordVersion());
		Status from = Status.fromCode(screening.getStatus());
		if (!from.allows(to)) {
			throw notAllowed(from, to);
		}
		// An unacknowledged crisis alert keeps the screening open and on top of the
		// queue: someone takes it on first.
		if ((to == Status.REFERRED || to == Status.CLOSED) && this.alerts.hasOpenAlert(id)) {
			throw Problems.exception(HttpStatus.CONFLICT, "open-crisis-alert", "Crisis alert still open",
					"This screening has a crisis alert nobody has acknowledged yet. Acknowledge it before the screening"
							+ " is " + to.code() + ".",
					Map.<String, @Nullable Object>of("currentStatus", from.code()));
		}
		if (note == null && from.needsNote(to)) {
			throw WorkflowProblems.invalid(List.of(Problems.fieldError("note", (to == Status.BRIEF_INTERVENTION_DONE)
					? "required: the brief-intervention note" : "required: the reason for closing")));
		}
		screening.changeStatus(to);
		this.screenings.saveAndFlush(screening);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into status_change (id, screening_id, from_status, to_status, changed_by, changed_at, note)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id, from.code(), to.code(), actor, Timestamp.from(now), note)
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

	/**
	 * A change made on a copy the staff member saw before someone else changed the
	 * screening.
	 */
	static void checkVersion(Screening screening, @Nullable Long expected) {
		if (expected != null && expected != screening.getVersion()) {
			throw conflict(screening);
		}
	}

	static ErrorResponseException conflict(Screening screening) {
		Map<String, @Nullable Object> properties = new LinkedHashMap<>();
		properties.put("currentStatus", screening.getStatus());
		properties.put("currentRecordVersion", screening.getVersion());
		return Problems.exception(HttpStatus.CONFLICT, "conflict", "Changed by someone else",
				"Someone else changed this screening after you opened it. Reload it and try again.", properties);
	}

	private static ErrorResponseException notAllowed(Status from, Status to) {
		Map<String, @Nullable Object> properties = new LinkedHashMap<>();
		properties.put("currentStatus", from.code());
		properties.put("allowedTransitions", from.nextCodes());
		return Problems.exception(HttpStatus.CONFLICT, "transition-not-allowed", "Transition not allowed",
				"A screening that is " + from.code() + " cannot become " + to.code() + ".", properties);
	}

}
