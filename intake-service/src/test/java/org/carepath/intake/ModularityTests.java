package org.carepath.intake;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules (alert, fhir, instrument, ratelimit, scoring, screening, system) depend on
 * each other only as their {@code package-info} declares, without cycles: a new
 * dependency is a decision, not an accident.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(IntakeApplication.class);

	@Test
	void modulesDependOnlyOnWhatTheyDeclare() {
		MODULES.verify();
	}

}
