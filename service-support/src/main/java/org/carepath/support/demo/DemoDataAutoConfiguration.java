package org.carepath.support.demo;

import org.carepath.support.security.ApiSecurity;
import org.carepath.support.security.ResourceServerAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The dev-only demo-data import ({@code ./carepath up --demo-data}, docs/dev-stack.md):
 * only with {@code carepath.demo-data.enabled=true}, which the {@code prod} profile
 * refuses at start ({@code DemoDataGuard}). Its endpoints live outside {@code /api/**}
 * under {@value #PATHS}, which the gateway never routes; devstack calls them on the
 * service's own loopback port, without a token, so this chain lets loopback callers in
 * and nobody else. Each service's own {@code demo} package holds the endpoints.
 */
@AutoConfiguration(after = ResourceServerAutoConfiguration.class)
@ConditionalOnBooleanProperty(DemoData.ENABLED)
public class DemoDataAutoConfiguration {

	static final String PATHS = "/demo-data/**";

	@Bean
	@Order(0)
	SecurityFilterChain demoDataImport(HttpSecurity http, ApiSecurity apiSecurity) {
		// stateless, no CSRF, problem+json refusals, as the API
		return apiSecurity.applyTo(http.securityMatcher(PATHS))
			.authorizeHttpRequests(requests -> requests.anyRequest()
				.access((authentication,
						context) -> new AuthorizationDecision(isLoopback(context.getRequest().getRemoteAddr()))))
			.build();
	}

	/** The servlet's remote address is a literal: no name lookup here. */
	static boolean isLoopback(String address) {
		return address != null
				&& (address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1"));
	}

	@Bean
	DemoDataProblems demoDataProblems() {
		return new DemoDataProblems();
	}

}
