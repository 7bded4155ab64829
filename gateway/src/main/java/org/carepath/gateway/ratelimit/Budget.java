package org.carepath.gateway.ratelimit;

import java.time.Duration;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

/**
 * A {@link RateLimitProperties.Limit} as {@link RedisRateLimiter}'s token bucket, which
 * counts whole tokens per second: a request costs {@code tokens}, the bucket refills
 * {@code perSecond} tokens a second and holds {@code requests × tokens}. 30 per 10
 * minutes is 20 tokens a request, 1 token a second, 600 at most.
 */
record Budget(int tokens, int perSecond, long capacity) {

	static Budget of(RateLimitProperties.Limit limit, int factor) {
		long requests = (long) limit.requests() * factor;
		long seconds = limit.period().toSeconds();
		if (requests <= seconds) {
			int tokens = (int) Math.ceilDiv(seconds, requests);
			return new Budget(tokens, 1, requests * tokens);
		}
		int perSecond = (int) Math.min(Integer.MAX_VALUE, Math.ceilDiv(requests, seconds));
		return new Budget(1, perSecond, requests);
	}

	RedisRateLimiter.Config config() {
		return new RedisRateLimiter.Config().setRequestedTokens(this.tokens)
			.setReplenishRate(this.perSecond)
			.setBurstCapacity(this.capacity);
	}

	/** How long until the bucket holds one request again. */
	Duration retryAfter() {
		return Duration.ofSeconds(Math.max(1, Math.ceilDiv(this.tokens, this.perSecond)));
	}

}
