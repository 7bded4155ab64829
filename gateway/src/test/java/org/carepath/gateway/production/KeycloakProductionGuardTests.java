package org.carepath.gateway.production;

import java.net.URI;
import java.util.List;

import org.carepath.gateway.GatewayApplication;
import org.carepath.gateway.test.StubKeycloak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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
		assertThat(KeycloakProductionGuard.configurationProblems("carepath-gateway-dev", List.of()))
			.singleElement().asString().contains("'carepath-gateway-dev'").contains("CAREPATH_GATEWAY_CLIENT_SECRET");
	}

	@Test
	void settingsEndingInDevAreNamed() {
		assertThat(KeycloakProductionGuard.configurationProblems("s3cr3t", List.of("carepath.partner.secret")))
			.singleElement().asString().contains("carepath.partner.secret");
		assertThat(KeycloakProductionGuard.configurationProblems("s3cr3t", List.of())).isEmpty();
	}

	@Test
	void aKeycloakThatAcceptsADemoAccountIsNamed() {
		KEYCLOAK.acceptDemoCredential("clinician");
		assertThat(guard().keycloakProblems(tokenEndpoint())).singleElement()
			.asString().contains("demo account 'clinician'");
	}

	@Test
	void aKeycloakThatAcceptsTheDemoPartnerSecretIsNamed() {
		KEYCLOAK.acceptDemoCredential("partner-harbor");
		assertThat(guard().keycloakProblems(tokenEndpoint())).singleElement()
			.asString().contains("demo partner client 'partner-harbor'");
	}

	@Test
	void aCleanKeycloakPasses() {
		assertThat(guard().keycloakProblems(tokenEndpoint())).isEmpty();
		assertThat(KEYCLOAK.tokenRequests()).extracting(form -> form.get("username"))
			.contains("intake", "clinician", "admin");
	}

	@Test
	void theProdProfileRefusesToStartWithTheDevelopmentClientSecret() {
		assertThatThrownBy(() -> startProd("carepath-gateway-dev").close())
			.rootCause()
			.hasMessageContaining("Refusing to start")
			.hasMessageContaining("carepath-gateway-dev");
	}

	@Test
	void theProdProfileRefusesToStartWhileKeycloakHasTheDemoAccounts() {
		KEYCLOAK.acceptDemoCredential("intake");
		assertThatThrownBy(() -> startProd("a-real-secret-from-the-vault").close())
			.rootCause()
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
		return new SpringApplicationBuilder(GatewayApplication.class).profiles("prod")
			.run("--server.port=0", "--CAREPATH_KEYCLOAK_ISSUER=" + KEYCLOAK.issuer(),
					"--CAREPATH_GATEWAY_CLIENT_SECRET=" + clientSecret,
					"--CAREPATH_GATEWAY_PUBLIC_URL=https://carepath.example.org",
					"--CAREPATH_INTAKE_URL=http://127.0.0.1:1", "--CAREPATH_REFERRAL_URL=http://127.0.0.1:1",
					"--CAREPATH_CONTENT_URL=http://127.0.0.1:1", "--CAREPATH_PORTAL_URL=http://127.0.0.1:1");
	}

	private static KeycloakProductionGuard guard() {
		return new KeycloakProductionGuard(null, null);
	}

	private static URI tokenEndpoint() {
		return URI.create(KEYCLOAK.issuer() + "/protocol/openid-connect/token");
	}

}
