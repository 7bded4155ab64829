package org.carepath.intake.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.carepath.support.period.ReportingPeriod;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake figures, each one SQL statement over the period's rows
 * (docs/dashboard.md#intake). Periods are bounded by instants (midnight clinic time), so
 * the indexes on {@code completed_at} and {@code raised_at} serve them; weeks and hours
 * are taken in the clinic's zone, which PostgreSQL applies with its own time-zone rules
 * (a week across a daylight-saving change has 167 or 169 hours).
 */
@Component
class IntakeStatsQueries {

	/** Referral statuses that mean the partner took the referral on. */
	private static final String ACCEPTED = "('accepted', 'in-progress', 'completed')";

	private final JdbcClient jdbc;

	IntakeStatsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One snapshot: every figure from the same committed state. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	IntakeStats report(ReportingPeriod period) {
		return new IntakeStats(period.from(), period.to(), period.zone().getId(), screeningsByWeek(period),
				positive(period), funnel(period), alertsByWeek(period), acknowledgement(period));
	}

	private List<IntakeStats.WeekCount> screeningsByWeek(ReportingPeriod period) {
		return this.jdbc.sql("""
				select date_trunc('week', completed_at at time zone :zone)::date as week, instrument_id, band,
				       count(*) as screenings
				from screening
				where completed_at >= :start and completed_at < :end
				group by 1, 2, 3
				order by 1, 2, 3""")
			.params(params(period))
			.query((rs, row) -> new IntakeStats.WeekCount(rs.getObject("week", LocalDate.class),
					rs.getString("instrument_id"), rs.getString("band"), rs.getLong("screenings")))
			.list();
	}

	private List<IntakeStats.Positive> positive(ReportingPeriod period) {
		return this.jdbc.sql("""
				select instrument_id, count(*) as screened, count(*) filter (where positive) as positive
				from screening
				where completed_at >= :start and completed_at < :end
				group by instrument_id
				order by instrument_id""")
			.params(params(period))
			.query((rs, row) -> new IntakeStats.Positive(rs.getString("instrument_id"), rs.getLong("screened"),
					rs.getLong("positive")))
			.list();
	}

	private IntakeStats.Funnel funnel(ReportingPeriod period) {
		return this.jdbc.sql("""
				select count(*) as screened,
				       count(*) filter (where s.positive) as positive,
				       count(*) filter (where bi.screening_id is not null) as brief_intervention,
				       count(*) filter (where r.referrals > 0) as referred,
				       count(*) filter (where r.accepted > 0) as accepted,
				       count(*) filter (where r.completed > 0) as completed
				from screening s
				left join (select distinct screening_id from status_change
				           where to_status = 'brief-intervention-done') bi on bi.screening_id = s.id
				left join (select screening_id, count(*) as referrals,
				                  count(*) filter (where status in %s) as accepted,
				                  count(*) filter (where status = 'completed') as completed
				           from screening_referral group by screening_id) r on r.screening_id = s.id
				where s.completed_at >= :start and s.completed_at < :end""".formatted(ACCEPTED))
			.params(params(period))
			.query((rs, row) -> new IntakeStats.Funnel(rs.getLong("screened"), rs.getLong("positive"),
					rs.getLong("brief_intervention"), rs.getLong("referred"), rs.getLong("accepted"),
					rs.getLong("completed")))
			.single();
	}

	private List<IntakeStats.WeekAlerts> alertsByWeek(ReportingPeriod period) {
		Map<LocalDate, Long> counts = new HashMap<>();
		this.jdbc.sql("""
				select date_trunc('week', raised_at at time zone :zone)::date as week, count(*) as alerts
				from crisis_alert
				where raised_at >= :start and raised_at < :end
				group by 1""")
			.params(params(period))
			.query((RowCallbackHandler) rs -> counts.put(rs.getObject("week", LocalDate.class), rs.getLong("alerts")));
		return period.weeks()
			.stream()
			.map(week -> new IntakeStats.WeekAlerts(week, counts.getOrDefault(week, 0L)))
			.toList();
	}

	private IntakeStats.Acknowledgement acknowledgement(ReportingPeriod period) {
		String waits = """
				select %s count(*) as alerts, count(acknowledged_at) as acknowledged,
				       percentile_cont(0.5) within group (order by minutes) as median,
				       percentile_cont(0.9) within group (order by minutes) as p90
				from (select raised_at, acknowledged_at,
				             extract(epoch from acknowledged_at - raised_at) / 60.0 as minutes
				      from crisis_alert
				      where raised_at >= :start and raised_at < :end) a
				%s""";
		IntakeStats.Hour all = this.jdbc.sql(waits.formatted("-1 as hour,", ""))
			.params(params(period))
			.query((rs, row) -> hour(rs))
			.single();
		Map<Integer, IntakeStats.Hour> hours = new HashMap<>();
		this.jdbc.sql(waits.formatted("extract(hour from raised_at at time zone :zone)::int as hour,", "group by 1"))
			.params(params(period))
			.query((rs, row) -> hour(rs))
			.list()
			.forEach(hour -> hours.put(hour.hour(), hour));
		List<IntakeStats.Hour> byHour = new ArrayList<>();
		for (int hour = 0; hour < 24; hour++) {
			byHour.add(hours.getOrDefault(hour, new IntakeStats.Hour(hour, 0, 0, null, null)));
		}
		return new IntakeStats.Acknowledgement(all.alerts(), all.acknowledged(), all.medianMinutes(), all.p90Minutes(),
				byHour);
	}

	private static IntakeStats.Hour hour(ResultSet rs) throws SQLException {
		return new IntakeStats.Hour(rs.getInt("hour"), rs.getLong("alerts"), rs.getLong("acknowledged"),
				oneDecimal(rs, "median"), oneDecimal(rs, "p90"));
	}

	private static @Nullable Double oneDecimal(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : Math.round(value * 10) / 10.0;
	}

	private static Map<String, Object> params(ReportingPeriod period) {
		return Map.of("zone", period.zone().getId(), "start", Timestamp.from(period.start()), "end",
				Timestamp.from(period.end()));
	}

}
