package org.carepath.referral.system;

import org.carepath.support.security.ApiSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, ApiSecurity apiSecurity) {
		apiSecurity.applyTo(http)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/referrals/programs", "/api/referrals/programs/**").hasRole("staff")
				.anyRequest().authenticated());
		return http.build();
	}

}
