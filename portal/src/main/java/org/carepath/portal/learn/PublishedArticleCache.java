package org.carepath.portal.learn;

import java.time.Duration;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * The content service's published articles, kept for a few seconds
 * ({@code carepath.portal.article-cache.ttl}), so that a busy article page does not ask
 * the service for the same article on every view. Only the public article is kept, never
 * a page: it is the same for everyone (ContentClient reads it anonymously), and each page
 * is still rendered for its visitor (their name, their CSRF token). Refusals and outages
 * are not kept. An approval or archive made through this portal drops the article at
 * once; one made elsewhere (another portal instance, the API) shows within the TTL.
 */
@Component
public class PublishedArticleCache {

	private final Cache<String, Article> articles;

	@Autowired
	PublishedArticleCache(Settings settings) {
		this(settings, Ticker.systemTicker());
	}

	PublishedArticleCache(Settings settings, Ticker ticker) {
		this.articles = Caffeine.newBuilder()
			.expireAfterWrite(settings.ttl())
			.maximumSize(settings.maxSize())
			.ticker(ticker)
			.build();
	}

	Article get(String slug, Function<String, Article> load) {
		return this.articles.get(slug, load);
	}

	/** The article's next view reads it from the content service again. */
	public void evict(String slug) {
		this.articles.invalidate(slug);
	}

	/** Every article's next view reads it from the content service again. */
	public void evictAll() {
		this.articles.invalidateAll();
	}

	/**
	 * @param ttl how long a published change may take to show on this portal instance
	 * when it was made elsewhere
	 * @param maxSize how many articles are kept at most
	 */
	@ConfigurationProperties("carepath.portal.article-cache")
	record Settings(@DefaultValue("10s") Duration ttl, @DefaultValue("1000") long maxSize) {
	}

}
