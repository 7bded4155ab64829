package org.carepath.portal;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The portal's features depend on each other only as their {@code package-info} allows,
 * through what each module exposes, and never in a cycle.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void featuresUseOnlyWhatOtherModulesExposeAndNeverInACycle() {
		this.modules.verify();
	}

}
