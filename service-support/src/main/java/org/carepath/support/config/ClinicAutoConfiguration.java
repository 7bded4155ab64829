package org.carepath.support.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The clinic's clock, one for every app. Its zone ({@code carepath.clinic.time-zone})
 * decides what "today" is — for consent dates (a consent that expires today is valid
 * until the end of the clinic's day, not of UTC's) and for the dates staff see. Instants
 * do not depend on it. Tests replace it with a fixed clock of their own.
 */
@AutoConfiguration
public class ClinicAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(@Value("${carepath.clinic.time-zone}") ZoneId zone) {
		return Clock.system(zone);
	}

}
