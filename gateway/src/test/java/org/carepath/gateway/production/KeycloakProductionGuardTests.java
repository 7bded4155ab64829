package org.carepath.gateway.production;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.carepath.gateway.GatewayApplication;
import org.carepath.gateway.test.StubKeycloak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ReactorResourceFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeycloakProductionGuardTests {

	static final StubKeycloak KEYCLOAK = StubKeycloak.start();

	@AfterEach
	void reset() {
		KEYCLOAK.reset();
	}

	@Test
	void theDevelopmentClientSecretIsRefused() {
		assertThat(KeycloakProductionGuard.configurationProblems("carepath-gateway-dev", List.of())).singleElement()
			.asString()
			.contains("'carepath-gateway-dev'")
			.contains("CAREPATH_GATEWAY_CLIENT_SECRET");
	}

	@Test
	void settingsEndingInDevAreNamed() {
		assertThat(KeycloakProductionGuard.configurationProblems("s3cr3t", List.of("carepath.partner.secret")))
			.singleElement()
			.asString()
			.contains("carepath.partner.secret");
		assertThat(KeycloakProductionGuard.configurationProblems("s3cr3t", List.of())).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "intake, demo account 'intake'", "clinician, demo account 'clinician'",
			"editor, demo account 'editor'", "reviewer, demo account 'reviewer'", "admin, demo account 'admin'",
			"patient, demo account 'patient'", "partner-harbor, demo partner client 'partner-harbor'",
			"partner-summit, demo partner client 'partner-summit'",
			"intake-service, demo service client 'intake-service'",
			"referral-service, demo service client 'referral-service'", "portal, demo service client 'portal'" })
	void aKeycloakThatAcceptsADemoCredentialIsNamed(String credential, String named) {
		KEYCLOAK.acceptDemoCredential(credential);
		assertThat(guard().keycloakProblems(tokenEndpoint())).singleElement().asString().contains(named);
	}

	@Test
	void aCleanKeycloakIsAskedAboutEveryDemoCredential() {
		assertThat(guard().keycloakProblems(tokenEndpoint())).isEmpty();
		List<Map<String, String>> requests = KEYCLOAK.tokenRequests();
		assertThat(requests).filteredOn(form -> "password".equals(form.get("grant_type"))).allSatisfy(form -> {
			assertThat(form).containsEntry("client_id", "carepath-cli");
			assertThat(form.get("password")).isEqualTo(form.get("username") + "-dev");
		})
			.extracting(form -> form.get("username"))
			.containsExactlyInAnyOrder("intake", "clinician", "editor", "reviewer", "admin", "patient");
		assertThat(requests).filteredOn(form -> "client_credentials".equals(form.get("grant_type")))
			.allSatisfy(form -> assertThat(form.get("client_secret")).isEqualTo(form.get("client_id") + "-dev"))
			.extracting(form -> form.get("client_id"))
			.containsExactlyInAnyOrder("partner-harbor", "partner-summit", "intake-service", "referral-service",
					"portal");
		assertThat(requests).hasSize(11);
	}

	@Test
	void everyAcceptedDemoCredentialIsNamedAtOnce() {
		KEYCLOAK.acceptDemoCredential("patient");
		KEYCLOAK.acceptDemoCredential("partner-summit");
		assertThat(guard().keycloakProblems(tokenEndpoint())).hasSize(2)
			.anySatisfy(problem -> assertThat(problem).contains("demo account 'patient'"))
			.anySatisfy(problem -> assertThat(problem).contains("demo partner client 'partner-summit'"));
	}

	@Test
	void theProdProfileRefusesToStartWithTheDevelopmentClientSecret() {
		assertThatThrownBy(() -> startProd("carepath-gateway-dev").close()).rootCause()
			.hasMessageContaining("Refusing to start")
			.hasMessageContaining("carepath-gateway-dev");
	}

	@Test
	void theProdProfileRefusesToStartWhileKeycloakHasTheDemoAccounts() {
		KEYCLOAK.acceptDemoCredential("intake");
		assertThatThrownBy(() -> startProd("a-real-secret-from-the-vault").close()).rootCause()
			.isInstanceOf(UnsafeProductionConfigurationException.class)
			.hasMessageContaining("demo account 'intake'");
	}

	@Test
	void theProdProfileStartsWithRealSecretsAndAProductionRealm() {
		try (ConfigurableApplicationContext context = startProd("a-real-secret-from-the-vault")) {
			assertThat(context.isRunning()).isTrue();
		}
	}

	private static ConfigurableApplicationContext startProd(String clientSecret) {
		return new SpringApplicationBuilder(GatewayApplication.class, OwnNettyResources.class).profiles("prod")
			.run("--server.port=0", "--CAREPATH_KEYCLOAK_ISSUER=" + KEYCLOAK.issuer(),
					"--CAREPATH_GATEWAY_CLIENT_SECRET=" + clientSecret,
					"--CAREPATH_GATEWAY_PUBLIC_URL=https://carepath.example.org",
					"--CAREPATH_INTAKE_URL=http://127.0.0.1:1", "--CAREPATH_REFERRAL_URL=http://127.0.0.1:1",
					"--CAREPATH_CONTENT_URL=http://127.0.0.1:1", "--CAREPATH_PORTAL_URL=http://127.0.0.1:1",
					// Never connected to at start; RedisProductionGuard wants the
					// clinic's.
					"--CAREPATH_REDIS_HOST=redis.carepath.example.org", "--CAREPATH_REDIS_PASSWORD=from-the-vault");
	}

	private static KeycloakProductionGuard guard() {
		return new KeycloakProductionGuard(null, null);
	}

	private static URI tokenEndpoint() {
		return URI.create(KEYCLOAK.issuer() + "/protocol/openid-connect/token");
	}

	/**
	 * The apps started here share the JVM with the cached test contexts. With Reactor
	 * Netty's global resources, closing one of them disposed the event loops the other
	 * contexts still used, and a later sign-in test hung.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class OwnNettyResources {

		@Bean
		ReactorResourceFactory reactorResourceFactory() {
			ReactorResourceFactory resources = new ReactorResourceFactory();
			resources.setUseGlobalResources(false);
			return resources;
		}

	}

}
