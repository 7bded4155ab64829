package org.carepath.support.safety;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevelopmentSecretsGuardTest {

	@Test
	void refusesDevelopmentPasswordsAndSecrets() {
		StandardEnvironment environment = environment(Map.of("spring.datasource.password", "intake-dev",
				"spring.security.oauth2.client.registration.keycloak.client-secret", "carepath-gateway-dev",
				"spring.datasource.username", "intake-dev"));

		assertThatThrownBy(() -> new DevelopmentSecretsGuard(environment).afterPropertiesSet())
			.isInstanceOf(DevelopmentSecretsInProductionException.class)
			.hasMessageContaining("spring.datasource.password")
			.hasMessageContaining("client-secret")
			// a user name is not a secret
			.hasMessageNotContaining("username");
	}

	@Test
	void acceptsRealSecrets() {
		StandardEnvironment environment = environment(Map.of("spring.datasource.password", "s3cr3t-from-vault"));

		assertThatCode(() -> new DevelopmentSecretsGuard(environment).afterPropertiesSet()).doesNotThrowAnyException();
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

}
