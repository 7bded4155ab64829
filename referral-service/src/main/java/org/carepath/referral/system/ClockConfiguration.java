package org.carepath.referral.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clinic's clock. Its zone decides what "today" is for consent dates (signed on, expires on): a consent that
 * expires today is valid until the end of the clinic's day, not of UTC's.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${carepath.clinic.time-zone:America/New_York}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
