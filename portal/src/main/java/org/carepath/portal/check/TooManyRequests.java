package org.carepath.portal.check;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Intake's rate limit said "not now" (429). Carries how long to wait, from
 * {@code Retry-After} (seconds), so the page can say "try again in about N minutes"
 * instead of a bare error.
 */
final class TooManyRequests extends RuntimeException {

	private static final Duration DEFAULT_WAIT = Duration.ofMinutes(1);

	private final Duration retryAfter;

	TooManyRequests(Duration retryAfter) {
		super("Rate-limited for " + retryAfter.toSeconds() + "s");
		this.retryAfter = retryAfter;
	}

	static TooManyRequests from(@Nullable HttpHeaders headers) {
		String value = (headers != null) ? headers.getFirst(HttpHeaders.RETRY_AFTER) : null;
		Duration wait = DEFAULT_WAIT;
		if (value != null) {
			try {
				wait = Duration.ofSeconds(Math.max(1, Long.parseLong(value.strip())));
			}
			catch (NumberFormatException ex) {
				// An HTTP date instead of seconds: rare, and a minute is a fair guess.
			}
		}
		return new TooManyRequests(wait);
	}

	Duration retryAfter() {
		return this.retryAfter;
	}

	/** Whole minutes, at least one, for "try again in about N minutes". */
	long retryAfterMinutes() {
		return Math.max(1, (this.retryAfter.toSeconds() + 59) / 60);
	}

	/** The sentence a page shows. */
	String message(String what) {
		long minutes = retryAfterMinutes();
		return "We received a lot of " + what + " from your connection just now. Please try again in about " + minutes
				+ ((minutes == 1) ? " minute." : " minutes.");
	}

}
