package org.carepath.referral.system;

import java.time.Clock;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation's "now" is the clinic's clock (service-support), so that
 * {@code @PastOrPresent} on a date means "not after today in the clinic's zone" — the
 * zone that decides consent and revocation dates (docs/part2-consent.md).
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

	@Bean
	ValidationConfigurationCustomizer clinicClock(Clock clock) {
		return configuration -> configuration.clockProvider(() -> clock);
	}

}
