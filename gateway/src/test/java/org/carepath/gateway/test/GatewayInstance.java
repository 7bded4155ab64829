package org.carepath.gateway.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carepath.gateway.GatewayApplication;
import org.carepath.support.test.TestRedis;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * One more gateway process, as far as a test can tell: its own application context and
 * port, the shared stubs, and the shared Redis. Several of them are a gateway with
 * replicas.
 */
public final class GatewayInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private GatewayInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts an instance; later arguments ({@code --name=value}) win over earlier ones.
	 */
	public static GatewayInstance start(String... arguments) {
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.jmx.enabled=false",
				"--spring.data.redis.port=" + TestRedis.shared().port(),
				"--carepath.keycloak.issuer=" + GatewayIntegrationTest.KEYCLOAK.issuer(),
				"--carepath.services.intake-url=" + GatewayIntegrationTest.INTAKE.url(),
				"--carepath.services.referral-url=" + GatewayIntegrationTest.REFERRAL.url(),
				"--carepath.services.content-url=" + GatewayIntegrationTest.CONTENT.url(),
				"--carepath.services.portal-url=" + GatewayIntegrationTest.PORTAL.url(),
				"--carepath.gateway.public-url=https://carepath.test", "--carepath.keycloak.timeout=1s",
				"--spring.cloud.gateway.server.webflux.httpclient.response-timeout=2s",
				"--carepath.gateway.rate-limit.sign-in.requests=100000",
				"--carepath.gateway.rate-limit.submissions.requests=100000"));
		all.addAll(List.of(arguments));
		// Boot joins a property given twice on the command line: keep only the last.
		Map<String, String> last = new LinkedHashMap<>();
		for (String argument : all) {
			last.put(argument.substring(0, argument.indexOf('=')), argument);
		}
		return new GatewayInstance(new SpringApplicationBuilder(GatewayApplication.class)
			.initializers((GenericApplicationContext context) -> context.registerBean(ReactorResourceFactory.class,
					GatewayInstance::ownNettyResources))
			.run(last.values().toArray(String[]::new)));
	}

	/**
	 * Its own Netty event loops: with Reactor Netty's global ones (Boot's default),
	 * closing one instance would stop the others in this JVM, which separate processes
	 * never do.
	 */
	private static ReactorResourceFactory ownNettyResources() {
		ReactorResourceFactory resources = new ReactorResourceFactory();
		resources.setUseGlobalResources(false);
		return resources;
	}

	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	public Browser browser() {
		return GatewayIntegrationTest.browserOn(port());
	}

	@Override
	public void close() {
		this.context.close();
	}

}
