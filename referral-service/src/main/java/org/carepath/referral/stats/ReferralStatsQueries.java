package org.carepath.referral.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.carepath.support.period.ReportingPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral figures in one SQL statement (docs/dashboard.md#referrals). The cohort is
 * the referrals made in the period; what partners answered is read from the status
 * history ({@code referral_status_change}), whenever it came: a partner's first answer is
 * its first change recorded there ({@code changed_by_kind = 'partner'}), accepted is a
 * change to {@code accepted} (the only way to in-progress and completed, so a referral
 * accepted and later cancelled still counts), and completion is the change to
 * {@code completed}. Durations run from the referral's creation to the time the service
 * recorded the change, not the partner's own {@code date}.
 */
@Component
class ReferralStatsQueries {

	private final JdbcClient jdbc;

	ReferralStatsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	ReferralStats report(ReportingPeriod period) {
		return new ReferralStats(period.from(), period.to(), period.zone().getId(), this.jdbc.sql("""
				with history as (
				    select referral_id,
				           min(changed_at) filter (where changed_by_kind = 'partner') as first_answer_at,
				           bool_or(status = 'accepted') as accepted,
				           min(changed_at) filter (where status = 'completed') as completed_at
				    from referral_status_change
				    group by referral_id),
				cohort as (
				    select r.program_id, r.created_at, h.first_answer_at, coalesce(h.accepted, false) as accepted,
				           h.completed_at
				    from referral r left join history h on h.referral_id = r.id
				    where r.created_at >= :start and r.created_at < :end)
				select p.id, p.name, count(c.created_at) as referrals,
				       count(c.first_answer_at) as answered,
				       count(*) filter (where c.accepted) as accepted,
				       percentile_cont(0.5) within group (
				           order by extract(epoch from c.first_answer_at - c.created_at) / 3600.0) as answer_median,
				       percentile_cont(0.9) within group (
				           order by extract(epoch from c.first_answer_at - c.created_at) / 3600.0) as answer_p90,
				       count(c.completed_at) as completed,
				       percentile_cont(0.5) within group (
				           order by extract(epoch from c.completed_at - c.created_at) / 86400.0) as completion_median
				from program p left join cohort c on c.program_id = p.id
				group by p.id, p.name
				order by p.name, p.id""")
			.params(Map.of("start", Timestamp.from(period.start()), "end", Timestamp.from(period.end())))
			.query((rs, row) -> program(rs))
			.list());
	}

	private static ReferralStats.Program program(ResultSet rs) throws SQLException {
		long answered = rs.getLong("answered");
		long accepted = rs.getLong("accepted");
		Double rate = (answered > 0) ? Math.round(1000.0 * accepted / answered) / 1000.0 : null;
		return new ReferralStats.Program(rs.getObject("id", UUID.class), rs.getString("name"), rs.getLong("referrals"),
				answered, accepted, rate, oneDecimal(rs, "answer_median"), oneDecimal(rs, "answer_p90"),
				rs.getLong("completed"), oneDecimal(rs, "completion_median"));
	}

	private static @Nullable Double oneDecimal(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : Math.round(value * 10) / 10.0;
	}

}
