package org.carepath.support.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Every Kafka client of a service (producers, the outbox, consumers, admin) authenticates
 * to the broker as the service's own Keycloak client, with the client credentials grant
 * and SASL/OAUTHBEARER (docs/kafka-operations.md). Switched on by
 * {@code carepath.kafka.client-secret}; the broker's ACLs then know the service by its
 * client id ({@code carepath.kafka.client-id}, by default the application's name). With
 * the {@code prod} profile an app that names a broker needs the secret, and TLS
 * ({@code SASL_SSL}).
 */
class KafkaClientAuthentication implements EnvironmentPostProcessor, Ordered {

	/** Kafka 4 calls no OAuth URL that is not listed in this JVM property. */
	static final String ALLOWED_URLS = "org.apache.kafka.sasl.oauthbearer.allowed.urls";

	private static final String OAUTH = "org.apache.kafka.common.security.oauthbearer.";

	/**
	 * Where Spring Boot lets an app set a client's security protocol itself; each would
	 * win over the one set here.
	 */
	private static final List<String> PROTOCOL_OVERRIDES = List.of("spring.kafka.security.protocol",
			"spring.kafka.properties.security.protocol", "spring.kafka.producer.security.protocol",
			"spring.kafka.producer.properties.security.protocol", "spring.kafka.consumer.security.protocol",
			"spring.kafka.consumer.properties.security.protocol", "spring.kafka.admin.security.protocol",
			"spring.kafka.admin.properties.security.protocol", "spring.kafka.streams.security.protocol",
			"spring.kafka.streams.properties.security.protocol");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String secret = environment.getProperty("carepath.kafka.client-secret");
		String protocol = environment.getProperty("carepath.kafka.security-protocol", "SASL_PLAINTEXT");
		boolean production = environment.acceptsProfiles(Profiles.of("prod"));
		boolean usesKafka = environment.containsProperty("spring.kafka.bootstrap-servers");
		if (!StringUtils.hasText(secret)) {
			if (production && usesKafka) {
				throw new IllegalStateException(
						"Refusing to start with the 'prod' profile: carepath.kafka.client-secret is not set");
			}
			return;
		}
		if (production && !"SASL_SSL".equals(protocol)) {
			throw new IllegalStateException("Refusing to start with the 'prod' profile: Kafka needs "
					+ "carepath.kafka.security-protocol=SASL_SSL, not " + protocol);
		}
		if (production) {
			for (String override : PROTOCOL_OVERRIDES) {
				String value = environment.getProperty(override);
				if (value != null && !"SASL_SSL".equalsIgnoreCase(value.strip())) {
					throw new IllegalStateException("Refusing to start with the 'prod' profile: " + override + "="
							+ value + " would take Kafka's clients off SASL_SSL");
				}
			}
		}
		String clientId = environment.getProperty("carepath.kafka.client-id",
				environment.getProperty("spring.application.name", ""));
		String tokenUrl = environment.getProperty("carepath.kafka.token-url");
		if (!StringUtils.hasText(tokenUrl)) {
			tokenUrl = environment.getRequiredProperty("carepath.keycloak.issuer") + "/protocol/openid-connect/token";
		}
		Map<String, Object> kafka = new LinkedHashMap<>();
		String prefix = "spring.kafka.properties.";
		kafka.put(prefix + "security.protocol", protocol);
		kafka.put(prefix + "sasl.mechanism", "OAUTHBEARER");
		kafka.put(prefix + "sasl.login.callback.handler.class", OAUTH + "OAuthBearerLoginCallbackHandler");
		kafka.put(prefix + "sasl.oauthbearer.token.endpoint.url", tokenUrl);
		kafka.put(prefix + "sasl.jaas.config", OAUTH + "OAuthBearerLoginModule required ;");
		kafka.put(prefix + "sasl.oauthbearer.client.credentials.client.id", clientId);
		kafka.put(prefix + "sasl.oauthbearer.client.credentials.client.secret", secret);
		String caFile = environment.getProperty("carepath.kafka.ca-file");
		if (StringUtils.hasText(caFile)) {
			kafka.put(prefix + "ssl.truststore.type", "PEM");
			kafka.put(prefix + "ssl.truststore.location", caFile);
		}
		// after the app's own configuration: an explicit spring.kafka.properties.* still
		// wins
		environment.getPropertySources().addLast(new MapPropertySource("carepathKafkaAuthentication", kafka));
		allow(tokenUrl);
	}

	/** Adds the token endpoint to the URLs Kafka may call, keeping any already listed. */
	static synchronized void allow(String url) {
		Set<String> urls = new LinkedHashSet<>();
		String current = System.getProperty(ALLOWED_URLS);
		if (StringUtils.hasText(current)) {
			Arrays.stream(current.split(",")).map(String::strip).filter(StringUtils::hasText).forEach(urls::add);
		}
		urls.add(url);
		System.setProperty(ALLOWED_URLS, String.join(",", urls));
	}

	/** After CarePathDefaults, whose issuer is the default token endpoint's. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
