package org.carepath.portal.pageviews;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.carepath.support.idempotency.IdempotencyKeys;
import org.carepath.portal.system.ServiceClients;
import org.carepath.portal.system.ServiceClients.Service;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * {@code POST /api/content/stats/page-views} as the portal itself: a client-credentials
 * token of the portal's Keycloak client (role {@code page-view-reporter}, audience
 * {@code carepath-content}), fetched and renewed by Spring Security's OAuth2 client
 * support, never a visitor's token. The batch key travels as {@code Idempotency-Key}, so
 * the load-balanced client may repeat the POST on another instance after a refused
 * connection.
 */
@Component
class ContentPageViews implements PageViewSink {

	/** Not a person: the portal's own token is cached under this name. */
	private static final Authentication PORTAL = new AnonymousAuthenticationToken("portal", "portal",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private static final Duration TOKEN_TIMEOUT = Duration.ofSeconds(5);

	private final RestClient content;

	ContentPageViews(ServiceClients clients, ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService authorizedClients, PageViewSettings settings) {
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, authorizedClients);
		manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
			.clientCredentials(credentials -> credentials.accessTokenResponseClient(tokenClient()))
			.build());
		OAuth2ClientHttpRequestInterceptor token = new OAuth2ClientHttpRequestInterceptor(manager);
		token.setClientRegistrationIdResolver(request -> settings.clientRegistration());
		token.setPrincipalResolver(request -> PORTAL);
		// A 401 drops the cached token, so the next batch gets a new one.
		token.setAuthorizationFailureHandler(
				OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));
		this.content = clients.withCredentials(Service.CONTENT, token);
	}

	/**
	 * Spring Security's token client, with the timeouts its default lacks: a Keycloak
	 * that does not answer must not hold the last batch at shutdown.
	 */
	private static RestClientClientCredentialsTokenResponseClient tokenClient() {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(TOKEN_TIMEOUT);
		requests.setReadTimeout(TOKEN_TIMEOUT);
		RestClientClientCredentialsTokenResponseClient client = new RestClientClientCredentialsTokenResponseClient();
		client.setRestClient(RestClient.builder()
			.requestFactory(requests)
			.messageConverters(
					List.of(new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter()))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build());
		return client;
	}

	@Override
	public void send(String key, List<DayCount> days) {
		try {
			this.content.post()
				.uri("/api/content/stats/page-views")
				.header(IdempotencyKeys.HEADER, key)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("days", days))
				.retrieve()
				.toBodilessEntity();
		}
		catch (HttpClientErrorException ex) {
			int status = ex.getStatusCode().value();
			if (status == 400 || status == 413 || status == 422) {
				throw new RefusedBatch(status);
			}
			throw ex;
		}
	}

}
