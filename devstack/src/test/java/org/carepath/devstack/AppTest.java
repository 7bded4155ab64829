package org.carepath.devstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AppTest {

	private final StackPorts ports = StackPorts.defaults();

	@Test
	void everyAppListensOnLoopbackAndKnowsTheIssuerAndBroker() {
		for (App app : App.values()) {
			assertThat(app.arguments(ports)).as(app.module())
				.contains("--server.port=" + app.port(ports), "--server.address=127.0.0.1",
						"--carepath.keycloak.issuer=http://localhost:8180/realms/carepath",
						app == App.PARTNER ? "--spring.kafka.bootstrap-servers=127.0.0.1:9094"
								: "--spring.kafka.bootstrap-servers=127.0.0.1:9092");
		}
	}

	@Test
	void theServicesThatUseKafkaAuthenticateWithTheirOwnClient() {
		assertThat(App.INTAKE.arguments(ports)).contains("--carepath.kafka.client-secret=intake-service-dev");
		assertThat(App.REFERRAL.arguments(ports)).contains("--carepath.kafka.client-secret=referral-service-dev");
		assertThat(App.CONTENT.arguments(ports)).noneMatch(arg -> arg.startsWith("--carepath.kafka"));
	}

	@Test
	void servicesGetTheirOwnDatabase() {
		assertThat(App.REFERRAL.arguments(ports)).contains(
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:15432/referral",
				"--spring.datasource.username=referral", "--spring.datasource.password=referral-dev");
		assertThat(App.PORTAL.arguments(ports)).noneMatch(arg -> arg.startsWith("--spring.datasource"));
		assertThat(App.GATEWAY.arguments(ports)).noneMatch(arg -> arg.startsWith("--spring.datasource"));
	}

	@Test
	void idleServicesKeepTwoDatabaseConnections() {
		assertThat(App.INTAKE.arguments(ports)).contains("--spring.datasource.hikari.minimum-idle=2",
				"--spring.datasource.hikari.idle-timeout=60000");
	}

	@Test
	void gatewayAndPortalKnowWhereTheServicesAre() {
		for (App app : new App[] { App.GATEWAY, App.PORTAL }) {
			assertThat(app.arguments(ports)).contains("--carepath.services.intake-url=http://127.0.0.1:8082",
					"--carepath.services.referral-url=http://127.0.0.1:8083",
					"--carepath.services.content-url=http://127.0.0.1:8084",
					"--carepath.services.portal-url=http://127.0.0.1:8081");
		}
		assertThat(App.GATEWAY.arguments(ports)).contains("--carepath.gateway.public-url=http://localhost:8080");
		assertThat(App.INTAKE.arguments(ports)).noneMatch(arg -> arg.startsWith("--carepath.services"));
	}

	@Test
	void theExamplePartnerPlaysHarborAgainstTheLocalGatewayAndKeepsItsDatabaseInTheDataFolder() {
		assertThat(App.PARTNER.arguments(ports, Path.of("/p/.carepath"))).contains("--server.port=8090",
				"--partner.id=harbor", "--partner.gateway-url=http://localhost:8080",
				"--partner.issuer=http://localhost:8180/realms/carepath",
				"--spring.datasource.url=jdbc:h2:file:/p/.carepath/partner-harbor/harbor;DB_CLOSE_ON_EXIT=FALSE",
				"--partner.kafka-ca-file=/p/.carepath/tls/ca.crt");
		assertThat(App.PARTNER.jar(Path.of("/p"))).isEqualTo(Path.of("/p/partner-example/target/partner-example.jar"));
		assertThat(App.INTAKE.arguments(ports, Path.of("/p/.carepath"))).noneMatch(arg -> arg.contains("h2"));
	}

	@Test
	void jarsAreWhereTheModulesBuildThem() {
		assertThat(App.INTAKE.jar(Path.of("/p"))).isEqualTo(Path.of("/p/intake-service/target/intake-service.jar"));
		assertThat(App.GATEWAY.jar(Path.of("/p"))).isEqualTo(Path.of("/p/gateway/target/gateway.jar"));
	}

	@Test
	void withReplicasGatewayAndPortalGetEveryInstanceOfEveryServiceAsAStaticDiscoveryList() {
		for (App app : new App[] { App.GATEWAY, App.PORTAL }) {
			assertThat(app.arguments(ports, 2, 1)).contains(
					"--spring.cloud.discovery.client.simple.instances.intake-service[0].uri=http://127.0.0.1:8082",
					"--spring.cloud.discovery.client.simple.instances.intake-service[1].uri=http://127.0.0.1:8212",
					"--spring.cloud.discovery.client.simple.instances.referral-service[0].uri=http://127.0.0.1:8083",
					"--spring.cloud.discovery.client.simple.instances.referral-service[1].uri=http://127.0.0.1:8213",
					"--spring.cloud.discovery.client.simple.instances.content-service[0].uri=http://127.0.0.1:8084",
					"--spring.cloud.discovery.client.simple.instances.content-service[1].uri=http://127.0.0.1:8214",
					// instance 1 as before, for the clients that default their first
					// instance to it
					"--carepath.services.intake-url=http://127.0.0.1:8082");
		}
		assertThat(App.GATEWAY.arguments(ports, 2, 1)).contains(
				"--spring.cloud.discovery.client.simple.instances.portal[0].uri=http://127.0.0.1:8081",
				"--spring.cloud.discovery.client.simple.instances.portal[1].uri=http://127.0.0.1:8211");
		assertThat(App.PORTAL.arguments(ports, 2, 1)).noneMatch(arg -> arg.contains("instances.portal"));
		assertThat(App.INTAKE.arguments(ports, 2, 2)).noneMatch(arg -> arg.contains("discovery"));
	}

	@Test
	void anExtraGatewayListensOnItsOwnPortAndSendsBrowsersBackToItself() {
		assertThat(App.GATEWAY.arguments(ports, 2, 2)).contains("--server.port=8210",
				"--carepath.gateway.public-url=http://localhost:8210");
		assertThat(App.INTAKE.arguments(ports, 3, 3)).contains("--server.port=8222",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:15432/intake");
	}

	@Test
	void theGatewayKeepsItsSessionsInTheStacksRedis() {
		assertThat(App.GATEWAY.arguments(ports)).contains("--spring.data.redis.host=127.0.0.1",
				"--spring.data.redis.port=6379");
		for (App app : new App[] { App.PORTAL, App.INTAKE }) {
			assertThat(app.arguments(ports)).noneMatch(arg -> arg.contains("redis"));
		}
	}

	@Test
	void everyInstanceHasItsOwnLog() {
		assertThat(App.INTAKE.logName(1)).isEqualTo("intake.log");
		assertThat(App.INTAKE.logName(2)).isEqualTo("intake-2.log");
	}

	@Test
	void intakeSendsMailThroughTheStacksMailServerAndLinksToItsGateway() {
		StackPorts ports = CarePathPorts.E2E;

		assertThat(App.INTAKE.arguments(ports)).contains("--spring.mail.host=127.0.0.1", "--spring.mail.port=13025",
				"--carepath.notifications.staff-url=http://localhost:18080");
		assertThat(App.REFERRAL.arguments(ports)).noneMatch(arg -> arg.contains("mail"));
	}

	/** The end-to-end stack's ports (e2e's CarePathStack), which devstack cannot see. */
	private static final class CarePathPorts {

		static final StackPorts E2E = new StackPorts(18080, 18081, 18082, 18083, 18084, 18180, 19092, 25432, 18090,
				19094, 18179, 13025, 13143, 18100);

	}

}
