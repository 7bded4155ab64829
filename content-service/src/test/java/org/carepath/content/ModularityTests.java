package org.carepath.content;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages are application modules: no cycles between them, and each uses
 * only what another one exposes.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ContentApplication.class);

	@Test
	void theModulesDependOnEachOtherOnlyThroughWhatTheyExpose() {
		this.modules.verify();
	}

}
