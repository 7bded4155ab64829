package org.carepath.intake.oncall;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.carepath.support.audit.AuditLog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's on-call roster, stored
 * (docs/clinic-operations.md#on-call-roster-and-escalation): who is on call at an instant
 * ({@link Roster} owns that rule), and the admins' changes, each audited. A change locks
 * the roster's one row first, so two admins cannot add overlapping slots at the same
 * time.
 */
@Component
public class OnCallRoster {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final ZoneId zone;

	OnCallRoster(JdbcClient jdbc, AuditLog audit, Clock clock, @Value("${carepath.clinic.time-zone}") ZoneId zone) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.zone = zone;
	}

	/** Who is on call at this instant. */
	@Transactional(readOnly = true)
	public OnCall at(Instant instant) {
		return roster().at(instant);
	}

	@Transactional(readOnly = true)
	RosterView view() {
		Roster roster = roster();
		return new RosterView(this.zone.getId(), roster.escalationContact(),
				roster.slots().stream().map(RosterView.Slot::of).toList(),
				roster.exceptions().stream().map(RosterView.Exception::of).toList(), roster.at(this.clock.instant()));
	}

	@Transactional
	WeeklySlot addSlot(WeeklySlot slot, String actor) {
		lockRoster();
		for (WeeklySlot existing : slots()) {
			if (existing.overlaps(slot)) {
				throw new OverlapException("slot", existing.id());
			}
		}
		this.jdbc.sql("""
				insert into on_call_slot (id, start_day, start_time, end_day, end_time, primary_contact,
				                          escalation_contact, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(slot.id(), slot.startDay().name(), slot.startTime(), slot.endDay().name(), slot.endTime(),
					slot.primary(), slot.escalation(), now(), actor)
			.update();
		this.audit.record(actor, "on-call.slot-added", null, "slot " + slot.id());
		return slot;
	}

	@Transactional
	void deleteSlot(UUID id, String actor) {
		lockRoster();
		if (this.jdbc.sql("delete from on_call_slot where id = ?").param(id).update() == 0) {
			throw new RosterEntryNotFoundException();
		}
		this.audit.record(actor, "on-call.slot-removed", null, "slot " + id);
	}

	@Transactional
	ExceptionPeriod addException(ExceptionPeriod exception, String actor) {
		lockRoster();
		for (ExceptionPeriod existing : exceptions()) {
			if (existing.overlaps(exception)) {
				throw new OverlapException("exception", existing.id());
			}
		}
		this.jdbc.sql("""
				insert into on_call_exception (id, starts_at, ends_at, primary_contact, escalation_contact, note,
				                               created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(exception.id(), exception.start(), exception.end(), exception.primary(), exception.escalation(),
					exception.note(), now(), actor)
			.update();
		this.audit.record(actor, "on-call.exception-added", null, "exception " + exception.id());
		return exception;
	}

	@Transactional
	void deleteException(UUID id, String actor) {
		lockRoster();
		if (this.jdbc.sql("delete from on_call_exception where id = ?").param(id).update() == 0) {
			throw new RosterEntryNotFoundException();
		}
		this.audit.record(actor, "on-call.exception-removed", null, "exception " + id);
	}

	@Transactional
	String setEscalationContact(String email, String actor) {
		lockRoster();
		this.jdbc.sql("update on_call_roster set escalation_contact = ? where id = 1").param(email).update();
		this.audit.record(actor, "on-call.escalation-contact-set", null, "clinic-wide escalation contact");
		return email;
	}

	/**
	 * Seeds the development roster into a roster that was never configured (by an admin
	 * or an earlier seed); true when it did. Safe with several instances starting at
	 * once: the roster row's update lets one of them through.
	 */
	@Transactional
	boolean seedIfNeverConfigured(String primary, String escalation) {
		if (this.jdbc.sql("update on_call_roster set configured = true where id = 1 and not configured")
			.update() == 0) {
			return false;
		}
		this.jdbc.sql("update on_call_roster set escalation_contact = ? where id = 1").param(escalation).update();
		WeeklySlot allWeek = new WeeklySlot(UUID.randomUUID(), DayOfWeek.MONDAY, LocalTime.MIDNIGHT, DayOfWeek.MONDAY,
				LocalTime.MIDNIGHT, primary, escalation);
		this.jdbc.sql("""
				insert into on_call_slot (id, start_day, start_time, end_day, end_time, primary_contact,
				                          escalation_contact, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(allWeek.id(), allWeek.startDay().name(), allWeek.startTime(), allWeek.endDay().name(),
					allWeek.endTime(), primary, escalation, now(), "carepath.on-call.initial-roster")
			.update();
		return true;
	}

	private void lockRoster() {
		this.jdbc.sql("update on_call_roster set configured = true where id = 1").update();
	}

	private Roster roster() {
		@Nullable String escalation = this.jdbc.sql("select escalation_contact from on_call_roster where id = 1")
			.query(String.class)
			.optional()
			.orElse(null);
		return new Roster(this.zone, slots(), exceptions(), escalation);
	}

	private List<WeeklySlot> slots() {
		return this.jdbc.sql("""
				select id, start_day, start_time, end_day, end_time, primary_contact, escalation_contact
				from on_call_slot""")
			.query((rs, row) -> new WeeklySlot(rs.getObject("id", UUID.class),
					DayOfWeek.valueOf(rs.getString("start_day")), rs.getObject("start_time", LocalTime.class),
					DayOfWeek.valueOf(rs.getString("end_day")), rs.getObject("end_time", LocalTime.class),
					rs.getString("primary_contact"), rs.getString("escalation_contact")))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingInt(WeeklySlot::startMinute))
			.toList();
	}

	private List<ExceptionPeriod> exceptions() {
		return this.jdbc.sql("""
				select id, starts_at, ends_at, primary_contact, escalation_contact, note
				from on_call_exception order by starts_at, id""")
			.query((rs, row) -> new ExceptionPeriod(rs.getObject("id", UUID.class),
					rs.getObject("starts_at", LocalDateTime.class), rs.getObject("ends_at", LocalDateTime.class),
					rs.getString("primary_contact"), rs.getString("escalation_contact"), rs.getString("note")))
			.list();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
