package org.carepath.support.safety;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

@AutoConfiguration
@Profile("prod")
public class ProductionSafetyAutoConfiguration {

	@Bean
	static DevelopmentSecretsGuard developmentSecretsGuard(ConfigurableEnvironment environment) {
		return new DevelopmentSecretsGuard(environment);
	}

	/** Only in an app that sends mail (it configures an SMTP host). */
	@Bean
	@ConditionalOnProperty("spring.mail.host")
	static DevelopmentMailGuard developmentMailGuard(Environment environment) {
		return new DevelopmentMailGuard(environment);
	}

	@Bean
	static DemoDataGuard demoDataGuard(ConfigurableEnvironment environment) {
		return new DemoDataGuard(environment);
	}

}
