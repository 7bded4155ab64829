package org.carepath.portal.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carepath.portal.StubServices;
import org.carepath.portal.system.ServiceClients.Service;
import org.carepath.support.test.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.client.discovery.simple.SimpleDiscoveryProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's clients over two instances of intake, one of which refuses connections (it
 * died): requests safe to repeat reach the live one every time; any other POST is not
 * repeated. The instance list comes from the highest-priority source as a whole, as the
 * dev stack passes it on the command line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class LoadBalancingTests {

	private static final StubServices services = StubServices.get();

	private static final TestIssuer keycloak = TestIssuer.start();

	private static final String DEAD = "http://127.0.0.1:" + closedPort();

	@Autowired
	ServiceClients clients;

	@Autowired
	ConfigurableEnvironment environment;

	@DynamicPropertySource
	static void twoIntakeInstancesOneDead(DynamicPropertyRegistry registry) {
		registry.add("carepath.keycloak.issuer", keycloak::issuer);
		registry.add("carepath.services.intake-url", services::url);
		registry.add("carepath.services.content-url", services::url);
		registry.add("carepath.services.referral-url", services::url);
		registry.add("spring.cloud.discovery.client.simple.instances.intake-service[0].uri", () -> DEAD);
		registry.add("spring.cloud.discovery.client.simple.instances.intake-service[1].uri", services::url);
	}

	@AfterEach
	void resetServices() {
		services.reset();
	}

	@Test
	void theListGivenAboveApplicationYmlReplacesItsListAndOtherServicesKeepTheirOneUrl() {
		SimpleDiscoveryProperties discovery = Binder.get(this.environment)
			.bind("spring.cloud.discovery.client.simple", SimpleDiscoveryProperties.class)
			.get();

		assertThat(discovery.getInstances().get("intake-service")).extracting(instance -> instance.getUri().toString())
			.containsExactly(DEAD, services.url());
		assertThat(discovery.getInstances().get("content-service")).extracting(instance -> instance.getUri().toString())
			.containsExactly(services.url());
	}

	@Test
	void readsAndPostsWithAnIdempotencyKeyReachTheLiveInstanceWhateverTheOrder() {
		services.answerJson("GET", "/probe", 200, "{}");
		services.answerJson("POST", "/probe", 201, "{}");

		for (int i = 0; i < 4; i++) {
			assertThat(this.clients.anonymous(Service.INTAKE)
				.get()
				.uri("/probe")
				.retrieve()
				.toBodilessEntity()
				.getStatusCode()
				.value()).isEqualTo(200);
			assertThat(this.clients.anonymous(Service.INTAKE)
				.post()
				.uri("/probe")
				.header("Idempotency-Key", "key-" + i)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of())
				.retrieve()
				.toBodilessEntity()
				.getStatusCode()
				.value()).isEqualTo(201);
		}
		assertThat(services.requests("GET", "/probe")).hasSize(4);
		assertThat(services.requests("POST", "/probe")).hasSize(4);
	}

	@Test
	void aPostWithoutAnIdempotencyKeyIsNeverRepeatedOnAnotherInstance() {
		services.answerJson("POST", "/probe", 201, "{}");

		List<Boolean> reached = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			try {
				this.clients.anonymous(Service.INTAKE)
					.post()
					.uri("/probe")
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of())
					.retrieve()
					.toBodilessEntity();
				reached.add(true);
			}
			catch (ResourceAccessException refused) {
				reached.add(false);
			}
		}
		// Round robin over both instances: the ones sent to the dead instance failed and
		// were not sent again.
		assertThat(reached).contains(true, false);
		assertThat(services.requests("POST", "/probe")).hasSize((int) reached.stream().filter(ok -> ok).count());
	}

	/** A loopback port nothing listens on: connections to it are refused at once. */
	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
