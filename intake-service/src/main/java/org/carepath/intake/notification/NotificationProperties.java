package org.carepath.intake.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carepath.notifications.*} (docs/clinic-operations.md#notification-settings): who
 * the emails come from, the base of their links, when to escalate, how to retry, and how
 * often the poller looks for due notifications. {@code enabled=false} keeps writing
 * notifications but sends none (tests without a mail server).
 */
@ConfigurationProperties("carepath.notifications")
record NotificationProperties(String from, String staffUrl, @DefaultValue("15m") Duration escalateAfter,
		@DefaultValue("15m") Duration escalateAgainAfter, @DefaultValue Retry retry,
		@DefaultValue("5s") Duration pollInterval, @DefaultValue("true") boolean enabled) {

	NotificationProperties {
		if (from == null || from.isBlank()) {
			throw new IllegalArgumentException("carepath.notifications.from must name the sender's address");
		}
		if (staffUrl == null || !staffUrl.matches("https?://.+")) {
			throw new IllegalArgumentException(
					"carepath.notifications.staff-url must be the staff portal's base URL, e.g. https://carepath.example.org");
		}
		staffUrl = staffUrl.replaceAll("/+$", "");
	}

	/**
	 * After a failed send the next try waits {@code firstDelay}, doubling each time up to
	 * {@code maxDelay}; after {@code maxAttempts} the notification is {@code failed}.
	 */
	record Retry(@DefaultValue("10s") Duration firstDelay, @DefaultValue("5m") Duration maxDelay,
			@DefaultValue("20") int maxAttempts) {

		Duration delayAfter(int attempts) {
			long factor = 1L << Math.min(Math.max(attempts - 1, 0), 30);
			Duration delay = this.firstDelay.multipliedBy(factor);
			return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
		}

	}

}
