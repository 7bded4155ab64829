package org.carepath.intake.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carepath.intake.rate-limit.*}: how many anonymous writes (self-check submissions
 * and "please contact me") one client may make per period, and how many clients are
 * remembered at most.
 *
 * @param requests the bucket's capacity, refilled evenly over {@code period}
 * @param maxClients bound of the in-memory map of buckets; the least recently seen
 * clients are forgotten first
 */
@ConfigurationProperties("carepath.intake.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30") int requests,
		@DefaultValue("10m") Duration period, @DefaultValue("100000") int maxClients) {

	RateLimitProperties {
		if (requests < 1 || period.isNegative() || period.isZero() || maxClients < 1) {
			throw new IllegalArgumentException(
					"carepath.intake.rate-limit needs requests >= 1, a positive period" + " and max-clients >= 1");
		}
	}

}
