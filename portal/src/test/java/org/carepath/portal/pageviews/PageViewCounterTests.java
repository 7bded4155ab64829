package org.carepath.portal.pageviews;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageViewCounterTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T15:00:00Z"));

	private final Clock clock = new Clock() {

		@Override
		public ZoneId getZone() {
			return NEW_YORK;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return PageViewCounterTests.this.now.get();
		}

	};

	@Test
	void viewsAndChecksAreCountedPerArticleAndClinicDayAndDrainedToZero() {
		PageViewCounter counter = new PageViewCounter(this.clock, 100);
		counter.viewed("ketamine-addiction");
		counter.viewed("ketamine-addiction");
		counter.checkStarted("ketamine-addiction");
		counter.viewed("alcohol-basics");

		assertThat(counter.drain()).containsExactlyInAnyOrder(
				new DayCount("ketamine-addiction", LocalDate.parse("2026-12-07"), 2, 1),
				new DayCount("alcohol-basics", LocalDate.parse("2026-12-07"), 1, 0));
		assertThat(counter.drain()).isEmpty();
	}

	@Test
	void theDayIsTheClinicsNotUtcs() {
		PageViewCounter counter = new PageViewCounter(this.clock, 100);
		// 02:00 UTC on the 8th is 21:00 on the 7th in New York
		this.now.set(Instant.parse("2026-12-08T02:00:00Z"));
		counter.viewed("ketamine-addiction");
		this.now.set(Instant.parse("2026-12-08T05:30:00Z"));
		counter.viewed("ketamine-addiction");

		assertThat(counter.drain()).containsExactlyInAnyOrder(
				new DayCount("ketamine-addiction", LocalDate.parse("2026-12-07"), 1, 0),
				new DayCount("ketamine-addiction", LocalDate.parse("2026-12-08"), 1, 0));
	}

	@Test
	void beyondTheLimitNewArticlesAreNotCountedButKnownOnesStillAre() {
		PageViewCounter counter = new PageViewCounter(
				Clock.fixed(Instant.parse("2026-12-07T15:00:00Z"), ZoneOffset.UTC), 2);
		counter.viewed("a");
		counter.viewed("b");
		counter.checkStarted("made-up-slug");
		counter.viewed("a");

		assertThat(counter.dropped()).isEqualTo(1);
		assertThat(counter.drain()).extracting(DayCount::slug).containsExactlyInAnyOrder("a", "b");
	}

	@Test
	void pastDaysLeaveTheMapOnceDrainedSoItDoesNotGrowDayAfterDay() {
		PageViewCounter counter = new PageViewCounter(this.clock, 1);
		counter.viewed("a");
		this.now.set(Instant.parse("2026-12-08T15:00:00Z"));
		assertThat(counter.drain()).hasSize(1);

		counter.viewed("a");
		assertThat(counter.dropped()).isZero();
		assertThat(counter.drain()).containsExactly(new DayCount("a", LocalDate.parse("2026-12-08"), 1, 0));
	}

}
