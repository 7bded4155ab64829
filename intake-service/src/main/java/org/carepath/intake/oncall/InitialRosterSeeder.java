package org.carepath.intake.oncall;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Seeds {@code carepath.on-call.initial-roster} once, into a roster nobody ever
 * configured, so that the dev stack pages someone from its first crisis alert.
 */
@Component
@EnableConfigurationProperties(OnCallProperties.class)
class InitialRosterSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialRosterSeeder.class);

	private final OnCallRoster roster;

	private final OnCallProperties properties;

	InitialRosterSeeder(OnCallRoster roster, OnCallProperties properties) {
		this.roster = roster;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		OnCallProperties.InitialRoster initial = this.properties.initialRoster();
		if (initial == null || !initial.given()) {
			return;
		}
		if (this.roster.seedIfNeverConfigured(initial.primary().strip(), initial.escalation().strip())) {
			log.info("On-call roster was never configured: seeded carepath.on-call.initial-roster (one all-week slot)");
		}
	}

}
