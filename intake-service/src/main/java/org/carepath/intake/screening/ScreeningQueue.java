package org.carepath.intake.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.InstrumentCatalog;
import org.carepath.intake.scoring.ClinicalSummary;
import org.carepath.intake.scoring.NextStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff queue, read straight from the tables: screenings with an open crisis alert
 * first, then by severity of the suggested next step, then whoever has waited longest.
 * Without a status filter, finished work (referred, closed) is left out. Read a page at a
 * time: the queue grows with every self-check.
 */
@Component
class ScreeningQueue {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final InstrumentCatalog catalog;

	ScreeningQueue(JdbcClient jdbc, Clock clock, InstrumentCatalog catalog) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.catalog = catalog;
	}

	/**
	 * One page of the queue and how many screenings match in all.
	 * @param page 1 for the first page
	 */
	Page find(@Nullable String status, @Nullable String instrument, @Nullable String band, int page, int size) {
		List<Object> params = new ArrayList<>();
		String where = where(status, instrument, band, params);
		long total = this.jdbc.sql("select count(*) from screening s " + where)
			.params(params)
			.query(Long.class)
			.single();
		StringBuilder sql = new StringBuilder(
				"""
						select s.id, s.reference, s.instrument_id, s.instrument_version, s.mode, s.status, s.band,
						       s.score, s.positive, s.next_step_code, s.crisis, s.completed_at,
						       exists (select 1 from crisis_alert a where a.screening_id = s.id and a.status = 'open') as open_alert,
						       exists (select 1 from screening_contact c
						               where c.screening_id = s.id and c.consent_to_contact) as contact_requested
						from screening s
						""")
			.append(where);
		sql.append("""

				order by open_alert desc,
				         case s.next_step_code when 'urgent-review' then 0 when 'assessment-referral' then 1
				              when 'brief-intervention' then 2 when 'reinforce' then 3 else 4 end,
				         s.completed_at asc, s.id asc
				limit ? offset ?""");
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) (page - 1) * size);
		Instant now = this.clock.instant();
		List<QueueItem> items = this.jdbc.sql(sql.toString()).params(pageParams).query((rs, row) -> {
			Instant completedAt = rs.getTimestamp("completed_at").toInstant();
			String instrumentId = rs.getString("instrument_id");
			Instrument shipped = this.catalog.find(instrumentId).orElse(null);
			NextStep step = NextStep.of(rs.getString("next_step_code"))
				.orElseThrow(() -> new IllegalStateException("Unknown next step"));
			String summary = ClinicalSummary.of(instrumentId, shipped, rs.getInt("score"), rs.getString("band"),
					rs.getBoolean("positive"), rs.getBoolean("crisis"), step);
			return new QueueItem(rs.getObject("id", UUID.class), rs.getString("reference"), instrumentId,
					(shipped != null) ? shipped.title() : instrumentId, rs.getString("instrument_version"),
					rs.getString("mode"), rs.getString("status"), rs.getString("band"), step.code(), summary,
					rs.getBoolean("crisis"), rs.getBoolean("open_alert"), rs.getBoolean("contact_requested"),
					completedAt, Duration.between(completedAt, now).toMinutes());
		}).list();
		return new Page(items, page, size, total);
	}

	private static String where(@Nullable String status, @Nullable String instrument, @Nullable String band,
			List<Object> params) {
		StringBuilder sql = new StringBuilder("where 1 = 1");
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
		return sql.toString();
	}

	/** A page of the queue; {@code total} counts every matching screening. */
	record Page(List<QueueItem> items, int page, int size, long total) {

		boolean hasNext() {
			return (long) this.page * this.size < this.total;
		}

	}

}
