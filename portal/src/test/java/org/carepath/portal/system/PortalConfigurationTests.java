package org.carepath.portal.system;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defaults {@code java -jar portal.jar} starts with, and what production must supply.
 */
class PortalConfigurationTests {

	@Test
	void startsWithTheLocalStackDefaults() throws IOException {
		PropertySource<?> yaml = load("application.yml");

		assertThat(yaml.getProperty("spring.application.name")).isEqualTo("portal");
		assertThat(yaml.getProperty("server.port")).isEqualTo(8081);
		assertThat(yaml.getProperty("carepath.keycloak.issuer")).hasToString("http://localhost:8180/realms/carepath");
		assertThat(yaml.getProperty("carepath.security.issuer")).hasToString("${carepath.keycloak.issuer}");
		assertThat(yaml.getProperty("carepath.security.audience")).hasToString("carepath-portal");
		assertThat(yaml.getProperty("carepath.services.intake-url")).hasToString("http://127.0.0.1:8082");
		assertThat(yaml.getProperty("carepath.services.referral-url")).hasToString("http://127.0.0.1:8083");
		assertThat(yaml.getProperty("carepath.services.content-url")).hasToString("http://127.0.0.1:8084");
		assertThat(yaml.getProperty("carepath.services.portal-url")).hasToString("http://127.0.0.1:8081");
		assertThat(yaml.getProperty("management.endpoints.web.exposure.include")).hasToString("health,prometheus");
		assertThat(yaml.getProperty("management.endpoint.health.probes.enabled")).isEqualTo(true);
		assertThat(yaml.getProperty("management.tracing.sampling.probability")).isEqualTo(1.0);
		assertThat(yaml.getProperty("logging.structured.format.console")).hasToString("ecs");
		assertThat(yaml.getProperty("spring.web.error.include-stacktrace")).hasToString("never");
	}

	@Test
	void takesTheVisitorsAddressFromTheGatewaysForwardedHeader() throws IOException {
		// Intake rate-limits anonymous self-checks per visitor: the portal must know (and
		// pass on) who that is.
		assertThat(load("application.yml").getProperty("server.forward-headers-strategy")).hasToString("native");
	}

	@Test
	void eachServicesInstanceListStartsWithItsOneUrl() throws IOException {
		PropertySource<?> yaml = load("application.yml");

		assertThat(yaml.getProperty("spring.cloud.discovery.client.simple.instances.intake-service[0].uri"))
			.hasToString("${carepath.services.intake-url}");
		assertThat(yaml.getProperty("spring.cloud.discovery.client.simple.instances.referral-service[0].uri"))
			.hasToString("${carepath.services.referral-url}");
		assertThat(yaml.getProperty("spring.cloud.discovery.client.simple.instances.content-service[0].uri"))
			.hasToString("${carepath.services.content-url}");
		assertThat(yaml.getProperty("spring.cloud.loadbalancer.retry.retryable-exceptions"))
			.hasToString("java.net.ConnectException");
	}

	@Test
	void waitsOnOtherServicesOnlyBriefly() throws IOException {
		PropertySource<?> yaml = load("application.yml");

		assertThat(yaml.getProperty("spring.http.clients.connect-timeout")).hasToString("2s");
		assertThat(yaml.getProperty("spring.http.clients.read-timeout")).hasToString("5s");
	}

	@Test
	void productionTakesTheIssuerFromTheEnvironmentWithoutDefault() throws IOException {
		PropertySource<?> yaml = load("application-prod.yml");

		assertThat(yaml.getProperty("carepath.keycloak.issuer")).hasToString("${CAREPATH_KEYCLOAK_ISSUER}");
		assertThat(yaml.getProperty("carepath.services.intake-url")).hasToString("${CAREPATH_INTAKE_URL}");
		assertThat(yaml.getProperty("carepath.services.content-url")).hasToString("${CAREPATH_CONTENT_URL}");
	}

	private static PropertySource<?> load(String name) throws IOException {
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(name, new ClassPathResource(name));
		assertThat(sources).hasSize(1);
		return sources.getFirst();
	}

}
