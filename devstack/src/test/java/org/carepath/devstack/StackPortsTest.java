package org.carepath.devstack;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackPortsTest {

	@Test
	void defaultsAreTheDocumentedPorts() {
		assertThat(StackPorts.defaults())
			.isEqualTo(new StackPorts(8080, 8081, 8082, 8083, 8084, 8180, 9092, 15432, 8090, 9094));
	}

	@Test
	void environmentOverridesSomePortsAndKeepsTheOthers() {
		StackPorts ports = StackPorts.fromEnvironment(Map.of("CAREPATH_KEYCLOAK_PORT", "18180", "CAREPATH_GATEWAY_PORT",
				" 18080 ", "CAREPATH_POSTGRES_PORT", "25432", "PATH", "/usr/bin"));

		assertThat(ports).isEqualTo(new StackPorts(18080, 8081, 8082, 8083, 8084, 18180, 9092, 25432, 8090, 9094));
		assertThat(ports.gatewayUrl()).isEqualTo("http://localhost:18080");
		assertThat(ports.keycloakUrl()).isEqualTo("http://localhost:18180");
		assertThat(ports.issuer()).isEqualTo("http://localhost:18180/realms/carepath");
	}

	@Test
	void everyPortHasItsVariable() {
		StackPorts ports = StackPorts.fromEnvironment(Map.of("CAREPATH_GATEWAY_PORT", "1", "CAREPATH_PORTAL_PORT", "2",
				"CAREPATH_INTAKE_PORT", "3", "CAREPATH_REFERRAL_PORT", "4", "CAREPATH_CONTENT_PORT", "5",
				"CAREPATH_KEYCLOAK_PORT", "6", "CAREPATH_KAFKA_PORT", "7", "CAREPATH_POSTGRES_PORT", "8",
				"CAREPATH_PARTNER_PORT", "9", "CAREPATH_KAFKA_PARTNER_PORT", "10"));

		assertThat(ports).isEqualTo(new StackPorts(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
	}

	@Test
	void aBadValueIsRejectedNamingTheVariable() {
		assertThatThrownBy(() -> StackPorts.fromEnvironment(Map.of("CAREPATH_KAFKA_PORT", "kafka")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("CAREPATH_KAFKA_PORT must be a port number between 1 and 65535, not 'kafka'.");
		assertThatThrownBy(() -> StackPorts.fromEnvironment(Map.of("CAREPATH_PORTAL_PORT", "70000")))
			.hasMessage("CAREPATH_PORTAL_PORT must be a port number between 1 and 65535, not '70000'.");
	}

	@Test
	void twoPartsCannotShareAPort() {
		assertThatThrownBy(() -> StackPorts.fromEnvironment(Map.of("CAREPATH_KAFKA_PORT", "8180")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Keycloak and Kafka cannot both use port 8180.");
	}

}
