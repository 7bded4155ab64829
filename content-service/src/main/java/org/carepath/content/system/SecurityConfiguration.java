package org.carepath.content.system;

import org.carepath.support.security.ApiSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what with education content. Editors ({@code content-editor}) write and
 * submit; reviewers ({@code content-reviewer}) approve or send back; {@code admin} may
 * read everything staff can read. The revision history is staff-only even though it sits
 * under the public article path, so it is matched first.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String EDITOR = "content-editor";

	static final String REVIEWER = "content-reviewer";

	static final String ADMIN = "admin";

	/** The portal's own client, which reports the page views it counted. */
	static final String PAGE_VIEW_REPORTER = "page-view-reporter";

	@Bean
	SecurityFilterChain api(HttpSecurity http, ApiSecurity apiSecurity) {
		apiSecurity.applyTo(http)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/content/articles/*/revisions",
						"/api/content/articles/*/revisions/*")
				.hasAnyRole(EDITOR, REVIEWER, ADMIN)
				// Published education is for everyone, no account needed.
				.requestMatchers(HttpMethod.GET, "/api/content/articles", "/api/content/articles/*",
						"/api/content/resources")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/content/drafts")
				.hasAnyRole(EDITOR, ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/content/review-queue")
				.hasAnyRole(REVIEWER, ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/content/articles", "/api/content/preview",
						"/api/content/articles/*/revisions/*/submit")
				.hasRole(EDITOR)
				.requestMatchers(HttpMethod.PUT, "/api/content/articles/*/draft")
				.hasRole(EDITOR)
				.requestMatchers(HttpMethod.POST, "/api/content/articles/*/revisions/*/approve",
						"/api/content/articles/*/revisions/*/send-back")
				.hasRole(REVIEWER)
				.requestMatchers(HttpMethod.POST, "/api/content/articles/*/archive")
				.hasAnyRole(EDITOR, REVIEWER)
				// The dashboard's figures, and the portal adding the views it counted.
				.requestMatchers(HttpMethod.GET, "/api/content/stats")
				.hasRole("staff")
				.requestMatchers(HttpMethod.POST, "/api/content/stats/page-views")
				.hasRole(PAGE_VIEW_REPORTER)
				.anyRequest()
				.authenticated());
		return http.build();
	}

}
