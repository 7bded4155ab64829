package org.carepath.referral.system;

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
				// The event contract partners build on: AsyncAPI document and JSON
				// Schemas.
				.requestMatchers(HttpMethod.GET, "/contract/**")
				.permitAll()
				.requestMatchers("/api/referrals/programs", "/api/referrals/programs/**")
				.hasRole("staff")
				// Partners: their own inbox and answers (ownership is checked per
				// referral).
				.requestMatchers("/api/referrals/inbox", "/api/referrals/inbox/**")
				.hasRole("partner")
				.requestMatchers(HttpMethod.POST, "/api/referrals/*/status")
				.hasRole("partner")
				.requestMatchers("/api/referrals/suggestions", "/api/referrals/suggestions/**")
				.hasRole("staff")
				.requestMatchers("/api/referrals/audit", "/api/referrals/audit/**")
				.hasRole("admin")
				// Deciding a referral, recording and revoking consent: clinicians only.
				.requestMatchers(HttpMethod.POST, "/api/referrals", "/api/referrals/*/consent/revoke")
				.hasRole("clinician")
				.requestMatchers(HttpMethod.GET, "/api/referrals", "/api/referrals/**")
				.hasRole("staff")
				.requestMatchers("/api/referrals", "/api/referrals/**")
				.denyAll()
				.anyRequest()
				.authenticated());
		return http.build();
	}

}
