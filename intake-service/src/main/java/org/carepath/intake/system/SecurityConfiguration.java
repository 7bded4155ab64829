package org.carepath.intake.system;

import org.carepath.support.security.ApiSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, ApiSecurity apiSecurity) {
		apiSecurity.applyTo(http)
			.authorizeHttpRequests(requests -> requests
				// The JSON Schemas of the events intake publishes
				// (docs/events.md#schemas):
				// partners and tools read them without a token, like referral's contract.
				.requestMatchers(HttpMethod.GET, "/schemas/**")
				.permitAll()
				// Anyone may read what the self-checks are: the public form is built from
				// them.
				.requestMatchers(HttpMethod.GET, "/api/intake/instruments", "/api/intake/instruments/**")
				.permitAll()
				// The public self-check; "mode": "staff" is checked in the controller, as
				// it depends on the body.
				.requestMatchers(HttpMethod.POST, "/api/intake/screenings")
				.permitAll()
				// The result page's "please contact me": the screening's unguessable id
				// is the proof (LateContacts).
				.requestMatchers(HttpMethod.POST, "/api/intake/screenings/*/contact")
				.permitAll()
				.requestMatchers("/api/intake/screenings", "/api/intake/screenings/**")
				.hasRole("staff")
				.requestMatchers("/api/intake/alerts", "/api/intake/alerts/**")
				.hasRole("staff")
				// The dashboard's aggregates (counts and durations only).
				.requestMatchers(HttpMethod.GET, "/api/intake/stats")
				.hasRole("staff")
				.requestMatchers("/api/intake/audit", "/api/intake/audit/**")
				.hasRole("admin")
				// The on-call roster
				// (docs/clinic-operations.md#on-call-roster-and-escalation).
				.requestMatchers("/api/intake/on-call", "/api/intake/on-call/**")
				.hasRole("admin")
				// A signed-in patient's own screenings, found by the token's sub.
				.requestMatchers("/api/intake/my/screenings", "/api/intake/my/screenings/**")
				.hasRole("patient")
				.anyRequest()
				.authenticated());
		return http.build();
	}

}
