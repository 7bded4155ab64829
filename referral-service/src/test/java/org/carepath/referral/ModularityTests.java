package org.carepath.referral;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The service's modules (consent, program, referral, suggestion, system) depend on each
 * other only as their {@code package-info} allows, through what they expose, and never in
 * a cycle.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ReferralApplication.class);

	@Test
	void modulesDependOnlyOnWhatTheyAllowAndNeverInACycle() {
		modules.verify();
	}

}
