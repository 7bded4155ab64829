package org.carepath.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carepath.gateway.rate-limit.*}: how many anonymous requests one client address
 * may make, counted in Redis, so the budget is the same whichever gateway instance the
 * requests reach.
 *
 * @param enabled off only for experiments
 * @param submissions self-check submissions and contact requests (pages and API)
 * @param signIn sign-in starts, sign-in callbacks and staff or personal pages asked for
 * while signed out (each may start a session)
 * @param raisedAddresses client addresses (IP literals) whose budgets are multiplied by
 * {@code raisedFactor}, e.g. a load generator's
 * @param raisedFactor how much larger a raised address's budgets are
 */
@ConfigurationProperties("carepath.gateway.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, Limit submissions, Limit signIn,
		@DefaultValue List<String> raisedAddresses, @DefaultValue("100") int raisedFactor) {

	RateLimitProperties {
		if (submissions == null || signIn == null || raisedFactor < 1) {
			throw new IllegalArgumentException("carepath.gateway.rate-limit needs submissions and sign-in limits"
					+ " (requests, period) and raised-factor >= 1");
		}
	}

	/**
	 * A budget of {@code requests} per {@code period}, refilled evenly (a token bucket).
	 */
	record Limit(int requests, Duration period) {

		Limit {
			if (requests < 1 || period == null || period.toSeconds() < 1) {
				throw new IllegalArgumentException("a rate limit needs requests >= 1 and a period of at least 1s");
			}
		}

	}

}
