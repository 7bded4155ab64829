package org.carepath.gateway.test;

import java.net.InetSocketAddress;
import java.time.Duration;

import org.carepath.support.test.TestRedis;
import org.junit.jupiter.api.BeforeEach;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/**
 * The gateway running on a random loopback port in front of four stub backends and a stub
 * Keycloak, all started once per test JVM; every test class extending this shares one
 * application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
				"spring.cloud.gateway.server.webflux.httpclient.connect-timeout=1000",
				"carepath.gateway.public-url=https://carepath.test", "carepath.keycloak.timeout=1s",
				// Budgets no test here exhausts; the rate-limit tests set their own.
				"carepath.gateway.rate-limit.sign-in.requests=100000",
				"carepath.gateway.rate-limit.submissions.requests=100000" })
public abstract class GatewayIntegrationTest {

	public static final StubBackend INTAKE = StubBackend.start("intake");

	public static final StubBackend REFERRAL = StubBackend.start("referral");

	public static final StubBackend CONTENT = StubBackend.start("content");

	public static final StubBackend PORTAL = StubBackend.start("portal");

	public static final StubKeycloak KEYCLOAK = StubKeycloak.start();

	/**
	 * Generous: two shared cores, busy with other builds, make a first sign-in slow (seen
	 * above 30 s).
	 */
	public static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(90);

	@LocalServerPort
	protected int port;

	@Autowired
	protected ApplicationContext context;

	/** Talks HTTP to the running gateway, like a browser or a script would. */
	protected WebTestClient client;

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		registry.add("carepath.keycloak.issuer", KEYCLOAK::issuer);
		registry.add("carepath.services.intake-url", INTAKE::url);
		registry.add("carepath.services.referral-url", REFERRAL::url);
		registry.add("carepath.services.content-url", CONTENT::url);
		registry.add("carepath.services.portal-url", PORTAL::url);
		registry.add("spring.data.redis.port", () -> TestRedis.shared().port());
	}

	@BeforeEach
	void resetStubs() {
		INTAKE.reset();
		REFERRAL.reset();
		CONTENT.reset();
		PORTAL.reset();
		KEYCLOAK.reset();
		this.client = serverClient(this.port);
	}

	/**
	 * A client of the gateway on the given port. It reads every response body at once: a
	 * test that only looks at the status would otherwise never release its pooled
	 * connection, and after a few dozen such tests the next request waits for a free
	 * connection until it times out.
	 */
	public static WebTestClient serverClient(int port) {
		return serverClient(port, HttpClient.create());
	}

	/**
	 * A client of the gateway whose connections come from another loopback address
	 * (127.0.0.2 …), as a second client machine's would.
	 */
	public static WebTestClient serverClientFrom(String localAddress, int port) {
		// Unpooled: the shared pool would hand this address's connections to other
		// clients of the same port.
		return serverClient(port, HttpClient.create(ConnectionProvider.newConnection())
			.bindAddress(() -> new InetSocketAddress(localAddress, 0)));
	}

	private static WebTestClient serverClient(int port, HttpClient http) {
		return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(CLIENT_TIMEOUT)
			.filter((request, next) -> next.exchange(request)
				.flatMap(response -> response.bodyToMono(String.class)
					.defaultIfEmpty("")
					.map(body -> response.mutate().body(body).build())))
			.build();
	}

	/**
	 * A client on the application context itself, for Spring Security's test mutators
	 * such as mockOidcLogin().
	 */
	protected WebTestClient mockServerClient() {
		return WebTestClient.bindToApplicationContext(this.context)
			.apply(springSecurity())
			.configureClient()
			.responseTimeout(CLIENT_TIMEOUT)
			.build();
	}

	protected Browser browser() {
		return browserOn(this.port);
	}

	/** A browser of the gateway instance on this port. */
	public static Browser browserOn(int port) {
		return new Browser(serverClient(port), "http://127.0.0.1:" + port, KEYCLOAK);
	}

}
