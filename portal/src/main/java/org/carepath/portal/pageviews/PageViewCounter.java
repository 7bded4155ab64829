package org.carepath.portal.pageviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The counts not yet sent, per article slug and clinic day. Counting is what a page view
 * costs, so it is a map lookup and a {@link LongAdder} increment, no lock and no I/O; the
 * {@link PageViewReporter} drains the counts every few seconds. The number of (slug, day)
 * entries is bounded ({@code carepath.portal.page-views.max-entries}): beyond it new
 * entries are not counted, so links with made-up {@code from} slugs cannot fill the
 * memory (the content service drops slugs it does not know anyway).
 */
@Component
public class PageViewCounter {

	private final Map<Key, Counts> counts = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int maxEntries;

	private final LongAdder dropped = new LongAdder();

	@Autowired
	PageViewCounter(Clock clock, PageViewSettings settings) {
		this(clock.withZone(settings.timeZone()), settings.maxEntries());
	}

	PageViewCounter(Clock clock, int maxEntries) {
		this.clock = clock;
		this.maxEntries = maxEntries;
	}

	/** A reader was served the article page (a revalidation answered 304 included). */
	public void viewed(String slug) {
		Counts counts = countsFor(slug);
		if (counts != null) {
			counts.views.increment();
		}
	}

	/** A self-check was started from the article's link. */
	public void checkStarted(String slug) {
		Counts counts = countsFor(slug);
		if (counts != null) {
			counts.checksStarted.increment();
		}
	}

	/**
	 * Takes every count so far, leaving zero. Entries of days before today are removed;
	 * an increment racing with that removal at midnight may be lost.
	 */
	List<DayCount> drain() {
		LocalDate today = LocalDate.now(this.clock);
		List<DayCount> drained = new ArrayList<>();
		for (Map.Entry<Key, Counts> entry : this.counts.entrySet()) {
			Key key = entry.getKey();
			if (key.day().isBefore(today)) {
				this.counts.remove(key);
			}
			long views = entry.getValue().views.sumThenReset();
			long checks = entry.getValue().checksStarted.sumThenReset();
			if (views > 0 || checks > 0) {
				drained.add(new DayCount(key.slug(), key.day(), views, checks));
			}
		}
		return drained;
	}

	/** Counts not taken because the map was full, since the start. */
	long dropped() {
		return this.dropped.sum();
	}

	private @Nullable Counts countsFor(String slug) {
		Key key = new Key(slug, LocalDate.now(this.clock));
		Counts counts = this.counts.get(key);
		if (counts != null) {
			return counts;
		}
		if (this.counts.size() >= this.maxEntries) {
			this.dropped.increment();
			return null;
		}
		return this.counts.computeIfAbsent(key, absent -> new Counts());
	}

	private record Key(String slug, LocalDate day) {
	}

	private static final class Counts {

		final LongAdder views = new LongAdder();

		final LongAdder checksStarted = new LongAdder();

	}

}
