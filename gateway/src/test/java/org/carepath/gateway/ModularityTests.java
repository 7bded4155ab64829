package org.carepath.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void featurePackagesUseOnlyEachOthersApiAndFormNoCycles() {
		ApplicationModules.of(GatewayApplication.class).verify();
	}

}
