package org.carepath.content.stats;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.carepath.support.period.ReportingPeriod;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's education figures (staff, SecurityConfiguration): page views and
 * self-checks started from an article, per week and per article, summed over the days of
 * the period (days are already clinic days, so no time-zone arithmetic here).
 */
@RestController
class ContentStatsController {

	private final JdbcClient jdbc;

	private final Clock clock;

	ContentStatsController(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/api/content/stats")
	@Transactional(readOnly = true)
	public ContentStats stats(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		ReportingPeriod period = ReportingPeriod.of(from, to, this.clock);
		Map<String, Object> params = Map.of("from", Date.valueOf(period.from()), "to", Date.valueOf(period.to()));
		Map<LocalDate, ContentStats.Week> weeks = new HashMap<>();
		this.jdbc.sql("""
				select date_trunc('week', day)::date as week, sum(views) as views, sum(checks_started) as checks
				from page_view where day between :from and :to
				group by 1""").params(params).query((RowCallbackHandler) rs -> {
			LocalDate week = rs.getObject("week", LocalDate.class);
			weeks.put(week, new ContentStats.Week(week, rs.getLong("views"), rs.getLong("checks")));
		});
		List<ContentStats.Week> byWeek = period.weeks()
			.stream()
			.map(week -> weeks.getOrDefault(week, new ContentStats.Week(week, 0, 0)))
			.toList();
		// Every public article, and any other with counts in the period (archived since).
		List<ContentStats.ArticleCounts> articles = this.jdbc.sql("""
				select a.slug, coalesce(t.title, a.slug) as title, coalesce(sum(v.views), 0) as views,
				       coalesce(sum(v.checks_started), 0) as checks
				from article a
				left join page_view v on v.slug = a.slug and v.day between :from and :to
				left join lateral (
				    select r.title from article_revision r
				    where r.article_id = a.id and r.state in ('published', 'superseded', 'archived')
				    order by (r.state = 'published') desc, r.number desc limit 1) t on true
				where a.published_at is not null
				group by a.slug, t.title, a.archived_at
				having a.archived_at is null or coalesce(sum(v.views), 0) + coalesce(sum(v.checks_started), 0) > 0
				order by views desc, a.slug""")
			.params(params)
			.query((rs, row) -> new ContentStats.ArticleCounts(rs.getString("slug"), rs.getString("title"),
					rs.getLong("views"), rs.getLong("checks")))
			.list();
		return new ContentStats(period.from(), period.to(), period.zone().getId(), byWeek, articles);
	}

}
