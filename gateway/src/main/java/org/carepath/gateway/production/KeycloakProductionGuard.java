package org.carepath.gateway.production;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * With the {@code prod} profile the gateway refuses to start while it still runs on
 * development credentials: its own client secret, any configured value ending in
 * {@code -dev}, or a Keycloak that still accepts the demo accounts or demo partner
 * secrets of the development realm. It asks Keycloak's token endpoint, so a realm
 * imported by mistake is caught, not just a wrong setting.
 */
@Component
@Profile("prod")
class KeycloakProductionGuard implements InitializingBean {

	static final String DEV_CLIENT_SECRET = "carepath-gateway-dev";

	/**
	 * The public client the development realm's demo users sign in through with the
	 * password grant.
	 */
	static final String DEMO_CLI_CLIENT = "carepath-cli";

	/**
	 * Every credential of the development realm: the demo users (password
	 * {@code <user>-dev}, through the CLI client), the demo partner clients, the
	 * services' Kafka clients and the portal's own client, which reports page views
	 * (secret {@code <client>-dev}). None may work against a production Keycloak.
	 */
	static final List<DemoCredential> DEMO_CREDENTIALS = List.of(DemoCredential.user("intake"),
			DemoCredential.user("clinician"), DemoCredential.user("editor"), DemoCredential.user("reviewer"),
			DemoCredential.user("admin"), DemoCredential.user("patient"), DemoCredential.partner("partner-harbor"),
			DemoCredential.partner("partner-summit"), DemoCredential.service("intake-service"),
			DemoCredential.service("referral-service"), DemoCredential.service("portal"));

	/**
	 * A demo user, partner client or service client of the development realm with its
	 * development password or secret.
	 *
	 * @param client {@code null} for a user, else what kind of client it is
	 */
	record DemoCredential(String client, String name, String secret) {

		static DemoCredential user(String username) {
			return new DemoCredential(null, username, username + "-dev");
		}

		static DemoCredential partner(String clientId) {
			return new DemoCredential("partner client", clientId, clientId + "-dev");
		}

		/**
		 * A service's own client: intake's and referral's log in to Kafka, the portal's
		 * reports page views.
		 */
		static DemoCredential service(String clientId) {
			return new DemoCredential("service client", clientId, clientId + "-dev");
		}

		Map<String, String> tokenRequest() {
			return (this.client != null)
					? Map.of("grant_type", "client_credentials", "client_id", this.name, "client_secret", this.secret)
					: Map.of("grant_type", "password", "client_id", DEMO_CLI_CLIENT, "username", this.name, "password",
							this.secret);
		}

		String description() {
			return (this.client != null)
					? "the demo " + this.client + " '" + this.name + "' with its development secret"
					: "the demo account '" + this.name + "' with its development password";
		}

	}

	private static final List<String> CHECKED_PREFIXES = List.of("carepath.", "spring.security.oauth2.client.");

	private final ConfigurableEnvironment environment;

	private final ReactiveClientRegistrationRepository registrations;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	KeycloakProductionGuard(ConfigurableEnvironment environment, ReactiveClientRegistrationRepository registrations) {
		this.environment = environment;
		this.registrations = registrations;
	}

	@Override
	public void afterPropertiesSet() {
		ClientRegistration keycloak = this.registrations.findByRegistrationId("keycloak").block(Duration.ofSeconds(5));
		if (keycloak == null) {
			throw new UnsafeProductionConfigurationException(
					List.of("no 'keycloak' client registration is configured"));
		}
		List<String> problems = new ArrayList<>();
		problems.addAll(configurationProblems(keycloak.getClientSecret(), developmentValues()));
		problems.addAll(keycloakProblems(URI.create(keycloak.getProviderDetails().getTokenUri())));
		if (!problems.isEmpty()) {
			throw new UnsafeProductionConfigurationException(problems);
		}
	}

	static List<String> configurationProblems(String clientSecret, List<String> developmentProperties) {
		List<String> problems = new ArrayList<>();
		if (DEV_CLIENT_SECRET.equals(clientSecret)) {
			problems.add("the gateway's Keycloak client secret is the development secret '" + DEV_CLIENT_SECRET
					+ "' (set CAREPATH_GATEWAY_CLIENT_SECRET)");
		}
		if (!developmentProperties.isEmpty()) {
			problems.add("these settings hold development values (ending in '-dev'): "
					+ String.join(", ", developmentProperties));
		}
		return problems;
	}

	List<String> keycloakProblems(URI tokenEndpoint) {
		List<String> problems = new ArrayList<>();
		for (DemoCredential credential : DEMO_CREDENTIALS) {
			if (accepts(tokenEndpoint, credential.tokenRequest())) {
				problems.add("Keycloak (" + tokenEndpoint + ") accepts " + credential.description());
			}
		}
		return problems;
	}

	/**
	 * Names (never values) of the CarePath and OAuth2 client settings whose value ends in
	 * {@code -dev}.
	 */
	private List<String> developmentValues() {
		TreeSet<String> names = new TreeSet<>();
		this.environment.getPropertySources()
			.stream()
			.filter(EnumerablePropertySource.class::isInstance)
			.flatMap(source -> Arrays.stream(((EnumerablePropertySource<?>) source).getPropertyNames()))
			.filter(name -> CHECKED_PREFIXES.stream().anyMatch(name::startsWith))
			.filter(name -> isDevelopmentValue(name))
			.forEach(names::add);
		return List.copyOf(names);
	}

	private boolean isDevelopmentValue(String name) {
		try {
			String value = this.environment.getProperty(name);
			return value != null && value.endsWith("-dev");
		}
		catch (IllegalArgumentException unresolvable) {
			return false;
		}
	}

	/**
	 * Fails closed: a Keycloak that cannot be asked cannot be trusted to have no demo
	 * accounts.
	 */
	private boolean accepts(URI tokenEndpoint, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("access_token");
		}
		catch (IOException ex) {
			throw new UnsafeProductionConfigurationException(
					List.of("cannot ask Keycloak (" + tokenEndpoint + ") whether demo accounts exist: " + ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
