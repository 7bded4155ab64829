package org.carepath.intake.screening;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The clinic's opening hours, read once ({@link OpeningHours}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpeningHours.class)
class ClinicConfiguration {

}
