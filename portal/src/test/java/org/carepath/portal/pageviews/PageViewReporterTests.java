package org.carepath.portal.pageviews;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageViewReporterTests {

	private final PageViewCounter counter = new PageViewCounter(
			Clock.fixed(Instant.parse("2026-12-07T15:00:00Z"), ZoneOffset.UTC), 100);

	private final FakeContent content = new FakeContent();

	private final PageViewReporter reporter = new PageViewReporter(this.counter, this.content);

	@Test
	void eachFlushSendsWhatWasCountedSinceAsOneBatch() {
		this.counter.viewed("a");
		this.counter.viewed("a");
		this.counter.checkStarted("b");
		this.reporter.flush();
		this.counter.viewed("a");
		this.reporter.flush();

		assertThat(this.content.received).hasSize(2);
		assertThat(this.content.received.get(0).days()).extracting(DayCount::views, DayCount::checksStarted)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2L, 0L),
					org.assertj.core.groups.Tuple.tuple(0L, 1L));
		assertThat(this.content.received.get(1).days()).extracting(DayCount::views).containsExactly(1L);
		assertThat(this.content.received.get(0).key()).isNotEqualTo(this.content.received.get(1).key());
	}

	@Test
	void nothingCountedSendsNothing() {
		this.reporter.flush();

		assertThat(this.content.calls).isZero();
	}

	@Test
	void aBatchThatFailedIsSentAgainWithItsKeyBeforeWhatCameSince() {
		this.counter.viewed("a");
		this.content.failing = true;
		this.reporter.flush();
		this.reporter.flush();
		this.counter.viewed("b");
		this.content.failing = false;
		this.reporter.flush();

		assertThat(this.content.calls).isEqualTo(4);
		assertThat(this.content.attemptedKeys.get(0)).isEqualTo(this.content.attemptedKeys.get(1))
			.isEqualTo(this.content.attemptedKeys.get(2));
		assertThat(this.content.received).hasSize(2);
		assertThat(this.content.received.get(0).days()).extracting(DayCount::slug).containsExactly("a");
		assertThat(this.content.received.get(1).days()).extracting(DayCount::slug).containsExactly("b");
		assertThat(this.reporter.hasPending()).isFalse();
	}

	@Test
	void aBatchTheServiceRefusesIsDroppedNotSentForever() {
		this.counter.viewed("a");
		this.content.refusing = true;
		this.reporter.flush();
		this.content.refusing = false;
		this.counter.viewed("b");
		this.reporter.flush();

		assertThat(this.content.received).hasSize(1);
		assertThat(this.content.received.get(0).days()).extracting(DayCount::slug).containsExactly("b");
	}

	@Test
	void shuttingDownSendsTheLastCounts() {
		this.counter.viewed("a");
		this.reporter.destroy();

		assertThat(this.content.received).hasSize(1);
	}

	record Received(String key, List<DayCount> days) {
	}

	static final class FakeContent implements PageViewSink {

		final List<Received> received = new ArrayList<>();

		final List<String> attemptedKeys = new ArrayList<>();

		int calls;

		boolean failing;

		boolean refusing;

		@Override
		public void send(String key, List<DayCount> days) {
			this.calls++;
			this.attemptedKeys.add(key);
			if (this.failing) {
				throw new IllegalStateException("content service down");
			}
			if (this.refusing) {
				throw new RefusedBatch(400);
			}
			this.received.add(new Received(key, List.copyOf(days)));
		}

	}

}
