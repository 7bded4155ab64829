package org.carepath.intake.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff queue, read straight from the tables: screenings with an open crisis alert
 * first, then by severity of the suggested next step, then whoever has waited longest.
 * Without a status filter, finished work (referred, closed) is left out.
 */
@Component
class ScreeningQueue {

	private final JdbcClient jdbc;

	private final Clock clock;

	ScreeningQueue(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<QueueItem> find(@Nullable String status, @Nullable String instrument, @Nullable String band) {
		StringBuilder sql = new StringBuilder(
				"""
						select s.id, s.reference, s.instrument_id, s.instrument_version, s.mode, s.status, s.band,
						       s.next_step_code, s.crisis, s.completed_at,
						       exists (select 1 from crisis_alert a where a.screening_id = s.id and a.status = 'open') as open_alert
						from screening s
						where 1 = 1""");
		List<Object> params = new ArrayList<>();
		if (status != null) {
			sql.append(" and s.status = ?");
			params.add(status);
		}
		else {
			sql.append(" and s.status not in ('referred', 'closed')");
		}
		if (instrument != null) {
			sql.append(" and s.instrument_id = ?");
			params.add(instrument);
		}
		if (band != null) {
			sql.append(" and s.band = ?");
			params.add(band);
		}
		sql.append("""

				order by open_alert desc,
				         case s.next_step_code when 'urgent-review' then 0 when 'assessment-referral' then 1
				              when 'brief-intervention' then 2 when 'reinforce' then 3 else 4 end,
				         s.completed_at asc, s.id asc""");
		Instant now = this.clock.instant();
		return this.jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
			Instant completedAt = rs.getTimestamp("completed_at").toInstant();
			return new QueueItem(rs.getObject("id", UUID.class), rs.getString("reference"),
					rs.getString("instrument_id"), rs.getString("instrument_version"), rs.getString("mode"),
					rs.getString("status"), rs.getString("band"), rs.getString("next_step_code"),
					rs.getBoolean("crisis"), rs.getBoolean("open_alert"), completedAt,
					Duration.between(completedAt, now).toMinutes());
		}).list();
	}

}
