package org.carepath.portal.learn;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a published article is kept, on a clock the test moves.
 */
class PublishedArticleCacheTests {

	static final Duration TTL = Duration.ofSeconds(10);

	final AtomicLong nanos = new AtomicLong();

	final PublishedArticleCache cache = new PublishedArticleCache(new PublishedArticleCache.Settings(TTL, 100),
			this.nanos::get);

	@Test
	void aChangePublishedElsewhereShowsOnceTheCacheTimeIsOver() {
		assertThat(this.cache.get("ketamine-addiction", slug -> article("Ketamine addiction")).title())
			.isEqualTo("Ketamine addiction");

		this.nanos.addAndGet(TTL.minusMillis(1).toNanos());
		assertThat(this.cache.get("ketamine-addiction", slug -> article("Ketamine use")).title())
			.isEqualTo("Ketamine addiction");

		this.nanos.addAndGet(Duration.ofMillis(1).toNanos());
		assertThat(this.cache.get("ketamine-addiction", slug -> article("Ketamine use")).title())
			.isEqualTo("Ketamine use");
	}

	@Test
	void anEvictedArticleIsReadAgainOnItsNextView() {
		this.cache.get("ketamine-addiction", slug -> article("Ketamine addiction"));

		this.cache.evict("ketamine-addiction");

		assertThat(this.cache.get("ketamine-addiction", slug -> article("Ketamine use")).title())
			.isEqualTo("Ketamine use");
	}

	private static Article article(String title) {
		return new Article("ketamine-addiction", title, null, null, List.of(), "<p>Text.</p>", List.of(), List.of(),
				List.of(), List.of(), null, null, null, null, null);
	}

}
