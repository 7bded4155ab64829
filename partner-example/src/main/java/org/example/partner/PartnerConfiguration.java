package org.example.partner;

import java.time.Clock;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class PartnerConfiguration {

	/**
	 * Tokens for a background job: the default manager of a web application looks for the
	 * current HTTP request, which a Kafka listener thread does not have.
	 */
	@Bean
	OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService tokens) {
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, tokens);
		manager
			.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		return manager;
	}

	/**
	 * Our web server only answers the health probes and the metrics (counts, no contents;
	 * it listens on loopback); it serves nothing else.
	 */
	@Bean
	SecurityFilterChain probesOnly(HttpSecurity http) {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/metrics", "/actuator/metrics/**")
			.permitAll()
			.anyRequest()
			.denyAll());
		return http.build();
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	/**
	 * A secret that ends in -dev is the development one, known to everybody: never in
	 * production.
	 */
	@Bean
	@Profile("prod")
	InitializingBean refuseDevelopmentSecret(Environment environment) {
		return () -> {
			String secret = environment.getProperty("spring.security.oauth2.client.registration.carepath.client-secret",
					"");
			if (secret.isBlank() || secret.endsWith("-dev")) {
				throw new IllegalStateException(
						"The prod profile needs the partner's real client secret in PARTNER_CLIENT_SECRET.");
			}
		};
	}

}
