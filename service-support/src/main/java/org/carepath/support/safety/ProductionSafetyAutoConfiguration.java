package org.carepath.support.safety;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;

@AutoConfiguration
@Profile("prod")
public class ProductionSafetyAutoConfiguration {

	@Bean
	static DevelopmentSecretsGuard developmentSecretsGuard(ConfigurableEnvironment environment) {
		return new DevelopmentSecretsGuard(environment);
	}

	@Bean
	static DemoDataGuard demoDataGuard(ConfigurableEnvironment environment) {
		return new DemoDataGuard(environment);
	}

}
