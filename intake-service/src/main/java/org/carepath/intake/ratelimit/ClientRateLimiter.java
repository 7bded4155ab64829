package org.carepath.intake.ratelimit;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One token bucket per client (Bucket4j), kept in a bounded Caffeine map so that many
 * clients cannot grow it without bound. A bucket left alone for a whole period is full
 * again, so forgetting it then loses nothing.
 */
final class ClientRateLimiter {

	private final Cache<String, Bucket> buckets;

	private final RateLimitProperties properties;

	ClientRateLimiter(RateLimitProperties properties) {
		this.properties = properties;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(properties.maxClients())
			.expireAfterAccess(properties.period())
			.build();
	}

	/**
	 * Takes one request from the client's budget: empty when allowed, else how long until
	 * the next one is.
	 */
	Optional<Duration> tryAcquire(String client) {
		Bucket bucket = this.buckets.get(client, key -> newBucket());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(this.properties.requests())
				.refillGreedy(this.properties.requests(), this.properties.period()))
			.build();
	}

}
