package org.carepath.support.safety;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataGuardTest {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ProductionSafetyAutoConfiguration.class));

	@Test
	void aProdStartWithTheDemoDataImportOnIsRefused() {
		this.contexts.withPropertyValues("carepath.demo-data.enabled=true", "spring.profiles.active=prod")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("carepath.demo-data.enabled is true"));
	}

	@Test
	void aProdStartWithoutItAndADevStartWithItAreFine() {
		this.contexts.withPropertyValues("spring.profiles.active=prod")
			.run(context -> assertThat(context).hasNotFailed());
		this.contexts.withPropertyValues("carepath.demo-data.enabled=true")
			.run(context -> assertThat(context).hasNotFailed());
	}

}
