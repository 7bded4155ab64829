package org.carepath.support.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * The security every CarePath service shares: stateless bearer-token resource server,
 * Keycloak realm roles as authorities, problem+json for 401/403, probes and API docs
 * open. A service adds its own endpoint rules after calling
 * {@link #applyTo(HttpSecurity)} and ends them with {@code anyRequest()}.
 */
public final class ApiSecurity {

	private final JwtAuthenticationConverter authenticationConverter;

	private final ProblemAuthenticationEntryPoint entryPoint;

	private final ProblemAccessDeniedHandler accessDeniedHandler;

	ApiSecurity(JwtAuthenticationConverter authenticationConverter, ProblemWriter writer) {
		this.authenticationConverter = authenticationConverter;
		this.entryPoint = new ProblemAuthenticationEntryPoint(writer);
		this.accessDeniedHandler = new ProblemAccessDeniedHandler(writer);
	}

	public HttpSecurity applyTo(HttpSecurity http) {
		return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Bearer tokens only: browsers reach the services through the gateway, which
			// enforces CSRF.
			.csrf(AbstractHttpConfigurer::disable)
			.oauth2ResourceServer(
					server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(this.authenticationConverter))
						.authenticationEntryPoint(this.entryPoint)
						.accessDeniedHandler(this.accessDeniedHandler))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(this.entryPoint)
				.accessDeniedHandler(this.accessDeniedHandler))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**",
						"/swagger-ui.html", "/error")
				.permitAll());
	}

}
