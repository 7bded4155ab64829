package org.carepath.support.safety;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * In production, refuses to start while a development secret is configured. Every
 * development secret in CarePath ends in {@code -dev} (database passwords, client
 * secrets, demo passwords), so a secret-looking property with such a value means the
 * development defaults leaked into production.
 */
final class DevelopmentSecretsGuard implements InitializingBean {

	private static final List<String> SECRET_NAMES = List.of("password", "secret", "credential", "token", "key");

	private final ConfigurableEnvironment environment;

	DevelopmentSecretsGuard(ConfigurableEnvironment environment) {
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		TreeSet<String> offending = new TreeSet<>();
		this.environment.getPropertySources()
			.stream()
			.filter(EnumerablePropertySource.class::isInstance)
			.map(EnumerablePropertySource.class::cast)
			.flatMap(source -> Arrays.stream(source.getPropertyNames()))
			.filter(DevelopmentSecretsGuard::looksSecret)
			.filter(name -> isDevelopmentValue(this.environment.getProperty(name)))
			.forEach(offending::add);
		if (!offending.isEmpty()) {
			throw new DevelopmentSecretsInProductionException(List.copyOf(offending));
		}
	}

	static boolean looksSecret(String propertyName) {
		String name = propertyName.toLowerCase(Locale.ROOT);
		return SECRET_NAMES.stream().anyMatch(name::contains);
	}

	static boolean isDevelopmentValue(String value) {
		return value != null && value.endsWith("-dev");
	}

}
