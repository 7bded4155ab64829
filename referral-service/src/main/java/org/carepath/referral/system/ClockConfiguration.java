package org.carepath.referral.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clinic's clock. Its zone decides what "today" is for consent dates (signed on,
 * expires on): a consent that expires today is valid until the end of the clinic's day,
 * not of UTC's. The zone is {@code carepath.clinic.time-zone} (service-support's
 * defaults), the same property the portal prefills consent dates with.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${carepath.clinic.time-zone}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
