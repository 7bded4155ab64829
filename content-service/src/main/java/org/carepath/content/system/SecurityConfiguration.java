package org.carepath.content.system;

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
				// Published education is for everyone, no account needed.
				.requestMatchers(HttpMethod.GET, "/api/content/articles", "/api/content/articles/**").permitAll()
				.anyRequest().authenticated());
		return http.build();
	}

}
