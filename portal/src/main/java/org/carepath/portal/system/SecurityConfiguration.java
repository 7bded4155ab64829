package org.carepath.portal.system;

import org.carepath.support.security.ApiSecurity;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The portal is a resource server like every CarePath service: the gateway signs people
 * in and relays their access token. Pages are public except the staff area and a
 * patient's own pages; where sign-in is missing the answer is a small HTML page, not
 * problem+json, because a person is reading it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Pages that only make sense for a signed-in person. */
	static final RequestMatcher SIGNED_IN_AREA = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/staff/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/me/**"));

	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	@Bean
	SecurityFilterChain pages(HttpSecurity http, ApiSecurity apiSecurity, JwtDecoder jwtDecoder,
			ObjectProvider<ThymeleafViewResolver> views) {
		PageErrorResponder errorPages = new PageErrorResponder(views);
		apiSecurity.applyTo(http)
			.oauth2ResourceServer(
					server -> server.bearerTokenResolver(new PublicPageTokenResolver(SIGNED_IN_AREA, jwtDecoder))
						.authenticationEntryPoint(errorPages)
						.accessDeniedHandler(errorPages))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(errorPages).accessDeniedHandler(errorPages))
			// Which staff page needs which role. The content service checks the relayed
			// token on every call as
			// well; this keeps people out of forms they could not submit anyway.
			.authorizeHttpRequests(requests -> requests.requestMatchers(path("/staff/content/*/history"))
				.hasAnyRole("content-editor", "content-reviewer", "admin")
				.requestMatchers(path("/staff/content/*/archive"))
				.hasAnyRole("content-editor", "content-reviewer")
				.requestMatchers(path("/staff/content/**"))
				.hasRole("content-editor")
				.requestMatchers(path("/staff/review/**"))
				.hasRole("content-reviewer")
				// The screening work; intake checks the relayed token's staff role on
				// every call too.
				.requestMatchers(path("/staff/queue"), path("/staff/screenings/**"), path("/staff/alerts/**"),
						path("/staff/administer"), path("/staff/administer/**"))
				.hasRole("staff")
				// Referrals: staff read them and their suggestions; referring and
				// revoking consent are clinicians'.
				.requestMatchers(path("/staff/referrals/new"), path("/staff/referrals/*/revoke"))
				.hasRole("clinician")
				.requestMatchers(path("/staff/referrals"), path("/staff/referrals/**"))
				.hasRole("staff")
				// The clinic's dashboard: counts and durations for staff and admins; each
				// service checks the relayed token's role too.
				.requestMatchers(path("/staff/dashboard"), path("/staff/dashboard/**"))
				.hasAnyRole("staff", "admin")
				// The on-call roster; intake checks the relayed token's admin role too.
				.requestMatchers(path("/staff/admin/**"))
				.hasRole("admin")
				.requestMatchers(path("/me/screenings"))
				.hasRole("patient")
				.requestMatchers(SIGNED_IN_AREA)
				.authenticated()
				.anyRequest()
				.permitAll());
		return http.build();
	}

}
