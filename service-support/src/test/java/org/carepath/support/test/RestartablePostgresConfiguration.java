package org.carepath.support.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A {@link RestartablePostgres} as a bean, reached through Spring Boot's own connection
 * pool (HikariCP with the shared defaults, as in production) rather than a bare data
 * source: what a PostgreSQL outage does to the pool is what such a test checks. Import it
 * instead of {@link EmbeddedPostgresConfiguration} and autowire
 * {@code RestartablePostgres} to stop and restart the server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RestartablePostgresConfiguration {

	@Bean(destroyMethod = "close")
	RestartablePostgres restartablePostgres() {
		return RestartablePostgres.start();
	}

	@Bean
	DynamicPropertyRegistrar restartablePostgresProperties(RestartablePostgres postgres) {
		return registry -> {
			registry.add("spring.datasource.url", postgres::jdbcUrl);
			registry.add("spring.datasource.username", postgres::username);
			registry.add("spring.datasource.password", () -> "");
		};
	}

}
