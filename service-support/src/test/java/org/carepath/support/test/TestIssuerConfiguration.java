package org.carepath.support.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A {@link TestIssuer} as a bean, with the service's issuer property pointing at it.
 * Import it beside {@link EmbeddedPostgresConfiguration} and autowire {@code TestIssuer}
 * to sign tokens.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestIssuerConfiguration {

	@Bean(destroyMethod = "close")
	TestIssuer testIssuer() {
		return TestIssuer.start();
	}

	@Bean
	DynamicPropertyRegistrar testIssuerProperties(TestIssuer issuer) {
		return registry -> registry.add("carepath.keycloak.issuer", issuer::issuer);
	}

}
