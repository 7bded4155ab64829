package org.carepath.support.safety;

import org.carepath.support.demo.DemoData;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataGuardTest {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ProductionSafetyAutoConfiguration.class));

	@Test
	void theProdProfileRefusesToStartWithTheDemoDataImportOn() {
		this.contexts.withPropertyValues("spring.profiles.active=prod", DemoData.ENABLED + "=true")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(DevelopmentSettingInProductionException.class)
				.hasMessageContaining(DemoData.ENABLED));
	}

	@Test
	void theProdProfileStartsWithTheImportOff() {
		this.contexts.withPropertyValues("spring.profiles.active=prod", DemoData.ENABLED + "=false")
			.run(context -> assertThat(context).hasNotFailed());
	}

	@Test
	void outsideProdTheImportMayBeOn() {
		this.contexts.withPropertyValues(DemoData.ENABLED + "=true")
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoDataGuard.class));
	}

}
