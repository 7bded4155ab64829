package org.carepath.intake.oncall;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code carepath.on-call.*}: the development roster seeded into a roster that was never
 * configured (application.yml; the {@code prod} profile leaves it empty, so production
 * starts with no roster until an admin sets one).
 */
@ConfigurationProperties("carepath.on-call")
record OnCallProperties(@Nullable InitialRoster initialRoster) {

	/**
	 * One all-week slot with these contacts; the escalation one is also the clinic-wide
	 * one.
	 */
	record InitialRoster(@Nullable String primary, @Nullable String escalation) {

		boolean given() {
			return this.primary != null && !this.primary.isBlank() && this.escalation != null
					&& !this.escalation.isBlank();
		}

	}

}
