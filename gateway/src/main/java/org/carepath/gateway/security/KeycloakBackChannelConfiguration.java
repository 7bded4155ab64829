package org.carepath.gateway.security;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.DefaultReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The gateway's own calls to Keycloak — the code exchange at sign-in, the user info, the
 * token refresh behind {@code SessionTokenRelay} — are bounded like its routes: a
 * Keycloak that stops answering gives the browser a 504 problem after the timeout, not a
 * page that never loads. Spring Security picks these beans up for {@code oauth2Login} and
 * for the authorized client manager.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakBackChannelConfiguration {

	private final WebClient keycloak;

	KeycloakBackChannelConfiguration(@Value("${carepath.keycloak.timeout:10s}") Duration timeout) {
		HttpClient client = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(timeout.toMillis(), 2000))
			.responseTimeout(timeout);
		this.keycloak = WebClient.builder().clientConnector(new ReactorClientHttpConnector(client)).build();
	}

	@Bean
	ReactiveOAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> authorizationCodeTokenResponseClient() {
		WebClientReactiveAuthorizationCodeTokenResponseClient client = new WebClientReactiveAuthorizationCodeTokenResponseClient();
		client.setWebClient(this.keycloak);
		return client;
	}

	@Bean
	ReactiveOAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshTokenTokenResponseClient() {
		WebClientReactiveRefreshTokenTokenResponseClient client = new WebClientReactiveRefreshTokenTokenResponseClient();
		client.setWebClient(this.keycloak);
		return client;
	}

	@Bean
	ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
		DefaultReactiveOAuth2UserService userInfo = new DefaultReactiveOAuth2UserService();
		userInfo.setWebClient(this.keycloak);
		OidcReactiveOAuth2UserService oidc = new OidcReactiveOAuth2UserService();
		oidc.setOauth2UserService(userInfo);
		return oidc;
	}

}
