package org.carepath.support.safety;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.core.SpringProperties;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpringAotGuardTest {

	private final SpringAotGuard guard = new SpringAotGuard();

	@AfterEach
	void aotOff() {
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
	}

	@Test
	void theProdProfileRefusesToStartOnTheBuildsAotCode() {
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		assertThatThrownBy(() -> this.guard.postProcessEnvironment(environment, new SpringApplication()))
			.isInstanceOf(DevelopmentSettingInProductionException.class)
			.hasMessageContaining(AotDetector.AOT_ENABLED);
	}

	@Test
	void theLocalStackRunsTheAotCodeWithoutAProfile() {
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
		assertThatCode(() -> this.guard.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
			.doesNotThrowAnyException();
	}

	@Test
	void theProdProfileStartsWithoutTheAotCode() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		assertThatCode(() -> this.guard.postProcessEnvironment(environment, new SpringApplication()))
			.doesNotThrowAnyException();
	}

}
