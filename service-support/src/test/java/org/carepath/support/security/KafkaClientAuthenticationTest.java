package org.carepath.support.security;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaClientAuthenticationTest {

	private final String allowedBefore = System.getProperty(KafkaClientAuthentication.ALLOWED_URLS);

	@AfterEach
	void restoreAllowedUrls() {
		if (allowedBefore == null) {
			System.clearProperty(KafkaClientAuthentication.ALLOWED_URLS);
		}
		else {
			System.setProperty(KafkaClientAuthentication.ALLOWED_URLS, allowedBefore);
		}
	}

	@Test
	void withASecretEveryKafkaClientLogsInAsTheServicesOwnKeycloakClient() {
		System.setProperty(KafkaClientAuthentication.ALLOWED_URLS, "https://elsewhere/token");
		MockEnvironment environment = new MockEnvironment().withProperty("spring.application.name", "intake-service")
			.withProperty("carepath.keycloak.issuer", "http://localhost:8180/realms/carepath")
			.withProperty("carepath.kafka.client-secret", "s3cret");

		postProcess(environment);

		assertThat(environment.getProperty("spring.kafka.properties.security.protocol")).isEqualTo("SASL_PLAINTEXT");
		assertThat(environment.getProperty("spring.kafka.properties.sasl.mechanism")).isEqualTo("OAUTHBEARER");
		assertThat(environment.getProperty("spring.kafka.properties.sasl.login.callback.handler.class"))
			.isEqualTo("org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler");
		assertThat(environment.getProperty("spring.kafka.properties.sasl.oauthbearer.token.endpoint.url"))
			.isEqualTo("http://localhost:8180/realms/carepath/protocol/openid-connect/token");
		assertThat(environment.getProperty("spring.kafka.properties.sasl.jaas.config"))
			.isEqualTo("org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required ;");
		assertThat(environment.getProperty("spring.kafka.properties.sasl.oauthbearer.client.credentials.client.id"))
			.isEqualTo("intake-service");
		assertThat(environment.getProperty("spring.kafka.properties.sasl.oauthbearer.client.credentials.client.secret"))
			.isEqualTo("s3cret");
		assertThat(System.getProperty(KafkaClientAuthentication.ALLOWED_URLS))
			.isEqualTo("https://elsewhere/token,http://localhost:8180/realms/carepath/protocol/openid-connect/token");
	}

	@Test
	void overTlsTheBrokerIsCheckedAgainstTheGivenCertificateAuthority() {
		MockEnvironment environment = new MockEnvironment().withProperty("carepath.kafka.client-id", "referral-service")
			.withProperty("carepath.kafka.token-url", "https://id.example/token")
			.withProperty("carepath.kafka.client-secret", "s3cret")
			.withProperty("carepath.kafka.security-protocol", "SASL_SSL")
			.withProperty("carepath.kafka.ca-file", "/etc/carepath/kafka-ca.crt");

		postProcess(environment);

		assertThat(environment.getProperty("spring.kafka.properties.security.protocol")).isEqualTo("SASL_SSL");
		assertThat(environment.getProperty("spring.kafka.properties.ssl.truststore.type")).isEqualTo("PEM");
		assertThat(environment.getProperty("spring.kafka.properties.ssl.truststore.location"))
			.isEqualTo("/etc/carepath/kafka-ca.crt");
		assertThat(environment.getProperty("spring.kafka.properties.sasl.oauthbearer.client.credentials.client.id"))
			.isEqualTo("referral-service");
	}

	@Test
	void withoutASecretNothingChanges() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.kafka.bootstrap-servers",
				"127.0.0.1:9092");

		postProcess(environment);

		assertThat(environment.containsProperty("spring.kafka.properties.security.protocol")).isFalse();
	}

	@Test
	void productionRefusesAnUnauthenticatedOrUnencryptedBroker() {
		MockEnvironment noSecret = new MockEnvironment().withProperty("spring.kafka.bootstrap-servers", "kafka:9093");
		noSecret.setActiveProfiles("prod");
		MockEnvironment plain = new MockEnvironment().withProperty("spring.kafka.bootstrap-servers", "kafka:9093")
			.withProperty("carepath.kafka.client-secret", "s3cret")
			.withProperty("carepath.keycloak.issuer", "https://id.example/realms/carepath");
		plain.setActiveProfiles("prod");

		assertThatThrownBy(() -> postProcess(noSecret)).hasMessageContaining("carepath.kafka.client-secret");
		assertThatThrownBy(() -> postProcess(plain)).hasMessageContaining("SASL_SSL");
	}

	@Test
	void productionRefusesAProtocolSetElsewhereThatWouldWinOverTls() {
		for (String override : List.of("spring.kafka.properties.security.protocol",
				"spring.kafka.consumer.security.protocol", "spring.kafka.producer.properties.security.protocol")) {
			MockEnvironment environment = new MockEnvironment()
				.withProperty("spring.kafka.bootstrap-servers", "kafka:9093")
				.withProperty("carepath.kafka.client-secret", "s3cret")
				.withProperty("carepath.kafka.security-protocol", "SASL_SSL")
				.withProperty("carepath.keycloak.issuer", "https://id.example/realms/carepath")
				.withProperty(override, "SASL_PLAINTEXT");
			environment.setActiveProfiles("prod");

			assertThatThrownBy(() -> postProcess(environment)).as(override).hasMessageContaining(override);
		}
	}

	@Test
	void productionWithoutKafkaNeedsNoKafkaSecret() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");

		postProcess(environment);

		assertThat(environment.containsProperty("spring.kafka.properties.security.protocol")).isFalse();
	}

	private static void postProcess(MockEnvironment environment) {
		new KafkaClientAuthentication().postProcessEnvironment(environment, new SpringApplication());
	}

}
