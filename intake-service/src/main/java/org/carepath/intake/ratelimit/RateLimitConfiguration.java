package org.carepath.intake.ratelimit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The anonymous write endpoints and their per-client limit (issue 4). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration implements WebMvcConfigurer {

	private final RateLimitProperties properties;

	RateLimitConfiguration(RateLimitProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		if (this.properties.enabled()) {
			registry.addInterceptor(new RateLimitInterceptor(new ClientRateLimiter(this.properties)))
				.addPathPatterns("/api/intake/screenings", "/api/intake/screenings/*/contact");
		}
	}

}
