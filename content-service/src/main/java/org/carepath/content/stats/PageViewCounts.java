package org.carepath.content.stats;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The page-view table ({@code page_view}, one row per article slug and clinic day) and
 * the batches already added. Counts are added with an upsert, so any number of portal
 * instances may send at once; a batch sent again with the same key (the portal repeating
 * one whose answer it never got) adds nothing. Only slugs of articles that were ever
 * published count: anything else a visitor typed into a link is dropped here.
 */
@Component
class PageViewCounts {

	/**
	 * How long a batch key is remembered: far longer than the portal keeps re-sending a
	 * batch (every few seconds, while it lives).
	 */
	static final Duration BATCH_MEMORY = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	PageViewCounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Adds the counts, all or nothing.
	 * @param batch the sender's key for this batch, or null when it is not repeated (the
	 * demo-data import)
	 * @return false when this batch was added before and nothing changed
	 */
	@Transactional
	boolean add(List<PageViewDays.Day> days, @Nullable String batch) {
		if (batch != null) {
			Timestamp now = Timestamp.from(this.clock.instant());
			this.jdbc.sql("delete from page_view_batch where received_at < ?")
				.param(Timestamp.from(this.clock.instant().minus(BATCH_MEMORY)))
				.update();
			if (this.jdbc.sql("insert into page_view_batch (id, received_at) values (?, ?) on conflict do nothing")
				.params(batch, now)
				.update() == 0) {
				return false;
			}
		}
		for (PageViewDays.Day day : days) {
			if (day.views() == 0 && day.checksStarted() == 0) {
				continue;
			}
			this.jdbc.sql("""
					insert into page_view (slug, day, views, checks_started)
					select a.slug, ?, ?, ? from article a where a.slug = ? and a.published_at is not null
					on conflict (slug, day) do update set views = page_view.views + excluded.views,
					    checks_started = page_view.checks_started + excluded.checks_started""")
				.params(day.day(), day.views(), day.checksStarted(), day.slug())
				.update();
		}
		return true;
	}

	/** The slugs among these that name no article ever published. */
	@Transactional(readOnly = true)
	Set<String> unknown(List<PageViewDays.Day> days) {
		Set<String> unknown = new LinkedHashSet<>();
		for (PageViewDays.Day day : days) {
			if (this.jdbc.sql("select count(*) from article where slug = ? and published_at is not null")
				.param(day.slug())
				.query(Integer.class)
				.single() == 0) {
				unknown.add(day.slug());
			}
		}
		return unknown;
	}

	/** Today in the clinic's zone: counts are never for a later day than tomorrow. */
	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
