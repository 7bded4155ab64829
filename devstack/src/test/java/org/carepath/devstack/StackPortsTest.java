package org.carepath.devstack;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
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

	@Test
	void redisAndTheExtraInstancesHaveTheirVariables() {
		StackPorts ports = StackPorts
			.fromEnvironment(Map.of("CAREPATH_REDIS_PORT", "36379", "CAREPATH_EXTRA_INSTANCES_PORT", "38200"));

		assertThat(ports.redis()).isEqualTo(36379);
		assertThat(ports.extraInstances()).isEqualTo(38200);
		assertThat(StackPorts.defaults().redis()).isEqualTo(6379);
		assertThat(StackPorts.defaults().extraInstances()).isEqualTo(8200);
	}

	@Test
	void theMailServerListensOnGreenMailsUsualPortsUnlessTold() {
		assertThat(StackPorts.defaults().smtp()).isEqualTo(3025);
		assertThat(StackPorts.defaults().imap()).isEqualTo(3143);

		StackPorts ports = StackPorts
			.fromEnvironment(Map.of("CAREPATH_SMTP_PORT", "13025", "CAREPATH_IMAP_PORT", "13143"));

		assertThat(ports.smtp()).isEqualTo(13025);
		assertThat(ports.imap()).isEqualTo(13143);
		assertThatThrownBy(() -> StackPorts.fromEnvironment(Map.of("CAREPATH_IMAP_PORT", "3025")))
			.hasMessage("mail server (SMTP) and mail server (IMAP) cannot both use port 3025.");
	}

	@Test
	void theBenchStacksMailPortsAreItsOwn() {
		assertThat(BenchStack.PORTS.smtp()).isEqualTo(22025);
		assertThat(BenchStack.PORTS.imap()).isEqualTo(22143);
		assertThat(BenchStack.ports(Map.of("CAREPATH_BENCH_SMTP_PORT", "22026")).smtp()).isEqualTo(22026);
	}

	@Test
	void instanceOneKeepsItsPortAndExtraInstancesTakeTheirsFromTheBlock() {
		StackPorts ports = StackPorts.defaults();

		assertThat(ports.port(App.GATEWAY, 1)).isEqualTo(8080);
		assertThat(ports.port(App.INTAKE, 1)).isEqualTo(8082);
		assertThat(ports.port(App.GATEWAY, 2)).isEqualTo(8210);
		assertThat(ports.port(App.PORTAL, 2)).isEqualTo(8211);
		assertThat(ports.port(App.INTAKE, 2)).isEqualTo(8212);
		assertThat(ports.port(App.REFERRAL, 2)).isEqualTo(8213);
		assertThat(ports.port(App.CONTENT, 2)).isEqualTo(8214);
		assertThat(ports.port(App.INTAKE, 3)).isEqualTo(8222);
		assertThat(ports.port(App.CONTENT, 5)).isEqualTo(8244);
	}

	@Test
	void fiveReplicasOfEveryAppGetDistinctPortsInsideTheBlockAwayFromTheDefaultsAndTheEndToEndRanges() {
		StackPorts ports = StackPorts.defaults();
		Set<Integer> seen = new HashSet<>();
		for (App app : App.values()) {
			if (app != App.PARTNER) {
				for (int instance = 2; instance <= StackPorts.MAX_REPLICAS; instance++) {
					int port = ports.port(app, instance);
					assertThat(seen.add(port)).as(app + " #" + instance).isTrue();
					assertThat(port).isBetween(8200, 8299);
				}
			}
		}
		assertThat(seen).hasSize(20);
	}

	@Test
	void theExamplePartnerAndImpossibleInstancesHaveNoPort() {
		StackPorts ports = StackPorts.defaults();

		assertThatThrownBy(() -> ports.port(App.PARTNER, 2)).hasMessage("partner-example has no instance 2.");
		assertThatThrownBy(() -> ports.port(App.INTAKE, 6)).hasMessage("intake-service has no instance 6.");
	}

	@Test
	void anExtraInstanceMayNotLandOnAFixedPort() {
		StackPorts ports = StackPorts.fromEnvironment(Map.of("CAREPATH_EXTRA_INSTANCES_PORT", "8070"));

		assertThatCode(() -> ports.checkExtraInstances(1)).doesNotThrowAnyException();
		assertThatThrownBy(() -> ports.checkExtraInstances(2)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("intake-service #2 would take port 8082, which is the intake-service port — set "
					+ "CAREPATH_EXTRA_INSTANCES_PORT to another block of 100 ports.");
	}

	@Test
	void redisSharesNoPort() {
		assertThatThrownBy(() -> StackPorts.fromEnvironment(Map.of("CAREPATH_REDIS_PORT", "15432")))
			.hasMessage("PostgreSQL and Redis cannot both use port 15432.");
	}

}
