package org.carepath.gateway.security;

import java.net.URI;
import java.time.Duration;

import org.carepath.gateway.errors.GatewayProblem;
import org.carepath.gateway.errors.ProblemResponses;
import org.carepath.gateway.sessions.SessionFreeRequests;
import org.carepath.gateway.sessions.SessionLifetime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.DelegatingServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.authorization.ServerWebExchangeDelegatingServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Staff sign in with Keycloak (authorization code + PKCE); the tokens stay in the
 * server-side session, the browser only gets an HttpOnly session cookie. Only
 * {@code /staff/**} and {@code /api/me} need a session here: everything else, the APIs
 * included, passes on and the services decide, because public pages and endpoints exist.
 * <p>
 * Two chains: API calls without the session cookie ({@link SessionFreeRequests}) go
 * through a stateless one, everything else through the session one.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String LOGIN_PATH = "/oauth2/authorization/keycloak";

	/**
	 * An API call with a bearer token or no credentials: no session (no Redis round trip,
	 * no cookie), no CSRF (nothing a forged cross-site request could ride on), no OAuth2
	 * sign-in and no saved request. {@code /api/me} still needs a session, so it is a
	 * 401.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain sessionFreeApiChain(ServerHttpSecurity http, SessionFreeRequests sessionFree,
			ProblemResponses problems, @Value("${carepath.keycloak.issuer}") String issuer) {
		http.securityMatcher(sessionFree)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.authorizeExchange(exchanges -> exchanges.pathMatchers("/api/me").authenticated().anyExchange().permitAll())
			.exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint(problems))
				.accessDeniedHandler(accessDenied(problems)));
		securityHeaders(http, issuer);
		return http.build();
	}

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemResponses problems,
			ReactiveClientRegistrationRepository registrations, SessionLifetime sessionLifetime,
			@Value("${carepath.keycloak.issuer}") String issuer,
			@Value("${carepath.gateway.public-url}") String publicUrl) {
		http.authorizeExchange(
				exchanges -> exchanges.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
					.permitAll()
					// Unexposed actuator paths answer 404 here rather than fall through
					// to the portal's catch-all route.
					.pathMatchers("/actuator/**")
					.denyAll()
					.pathMatchers("/staff", "/staff/**", "/me", "/me/**", "/api/me")
					.authenticated()
					.anyExchange()
					.permitAll());
		CookieServerCsrfTokenRepository csrfTokens = csrfTokenRepository();
		ServerRequestCache requestCache = new WebSessionServerRequestCache();
		http.requestCache(cache -> cache.requestCache(requestCache));
		http.oauth2Login(
				login -> login.authenticationSuccessHandler(signedIn(csrfTokens, sessionLifetime, requestCache)));
		http.exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint(problems))
			.accessDeniedHandler(accessDenied(problems)));
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
			// Plain (not XOR-masked) tokens: the portal renders the cookie's value into
			// forms that work without
			// JavaScript.
			.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
			.requireCsrfProtectionMatcher(new CsrfProtectionMatcher())
			.accessDeniedHandler((exchange, denied) -> problems.write(exchange, GatewayProblem.CSRF_REJECTED)));
		http.logout(logout -> logout.logoutHandler(handlers -> handlers.add(new WebSessionServerLogoutHandler()))
			.logoutSuccessHandler(keycloakLogout(registrations, publicUrl)));
		securityHeaders(http, issuer);
		return http.build();
	}

	/** The same security headers on every answer, whichever chain served it. */
	private static void securityHeaders(ServerHttpSecurity http, String issuer) {
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(issuer)))
			.frameOptions(frame -> frame.mode(Mode.DENY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			// Written on HTTPS responses only.
			.hsts(hsts -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true))
			.permissionsPolicy(
					permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
	}

	/**
	 * A new CSRF token and the signed-in session lifetime, then back to the page that
	 * asked for the sign-in (Spring Security's default redirect, from the same request
	 * cache).
	 */
	private static ServerAuthenticationSuccessHandler signedIn(ServerCsrfTokenRepository csrfTokens,
			SessionLifetime sessionLifetime, ServerRequestCache requestCache) {
		RedirectServerAuthenticationSuccessHandler redirect = new RedirectServerAuthenticationSuccessHandler();
		redirect.setRequestCache(requestCache);
		return new DelegatingServerAuthenticationSuccessHandler(new CsrfTokenRotation(csrfTokens), sessionLifetime,
				redirect);
	}

	/**
	 * What the firewall refuses (odd methods, encoded slashes or NUL in the path …) is a
	 * malformed request like any other: a 400 problem, not an empty answer.
	 */
	@Bean
	ServerExchangeRejectedHandler exchangeRejectedHandler(ProblemResponses problems) {
		return (exchange, rejected) -> problems.write(exchange, HttpStatus.BAD_REQUEST);
	}

	/** Authorized clients (the tokens) live in the WebSession, so they end with it. */
	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	static CookieServerCsrfTokenRepository csrfTokenRepository() {
		CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookiePath("/");
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return repository;
	}

	/**
	 * Pages under /staff and a patient's own pages under /me send the browser to Keycloak
	 * (and back to the page asked for); actuator endpoints that are not exposed do not
	 * exist; everything else that needs a session gets a plain 401.
	 */
	private static ServerAuthenticationEntryPoint entryPoint(ProblemResponses problems) {
		DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
				new DelegateEntry(ServerWebExchangeMatchers.pathMatchers("/staff", "/staff/**", "/me", "/me/**"),
						new RedirectServerAuthenticationEntryPoint(LOGIN_PATH)),
				new DelegateEntry(ServerWebExchangeMatchers.pathMatchers("/actuator/**"),
						(exchange, ex) -> problems.write(exchange, GatewayProblem.NOT_FOUND)));
		entryPoint.setDefaultEntryPoint((exchange, ex) -> problems.write(exchange, GatewayProblem.UNAUTHENTICATED));
		return entryPoint;
	}

	/**
	 * Signed in or not, actuator endpoints that are not exposed do not exist; any other
	 * refusal is a 403 problem.
	 */
	private static ServerAccessDeniedHandler accessDenied(ProblemResponses problems) {
		ServerWebExchangeDelegatingServerAccessDeniedHandler handler = new ServerWebExchangeDelegatingServerAccessDeniedHandler(
				new ServerWebExchangeDelegatingServerAccessDeniedHandler.DelegateEntry(
						ServerWebExchangeMatchers.pathMatchers("/actuator/**"),
						(exchange, denied) -> problems.write(exchange, GatewayProblem.NOT_FOUND)));
		handler.setDefaultAccessDeniedHandler((exchange, denied) -> problems.write(exchange, HttpStatus.FORBIDDEN));
		return handler;
	}

	/** Ends the Keycloak session too, then comes back to the public home page. */
	private static OidcClientInitiatedServerLogoutSuccessHandler keycloakLogout(
			ReactiveClientRegistrationRepository registrations, String publicUrl) {
		OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(
				registrations);
		// The public URL rather than {baseUrl}: it is what the Keycloak client allows,
		// also behind a proxy.
		handler.setPostLogoutRedirectUri(publicUrl.replaceAll("/+$", "") + "/");
		handler.setLogoutSuccessUrl(URI.create("/"));
		return handler;
	}

	static String contentSecurityPolicy(String issuer) {
		URI keycloak = URI.create(issuer);
		String keycloakOrigin = keycloak.getScheme() + "://" + keycloak.getRawAuthority();
		return "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
				+ "base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + keycloakOrigin;
	}

}
