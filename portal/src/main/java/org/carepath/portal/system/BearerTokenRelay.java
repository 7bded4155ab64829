package org.carepath.portal.system;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * Relays the signed-in person's own access token to a CarePath service, so the service
 * decides with their roles and records their name. {@link ServiceClients} adds it to the
 * clients of its own it hands out for signed-in calls: it must never reach the clients
 * that public, anonymous pages use.
 */
public final class BearerTokenRelay {

	private BearerTokenRelay() {
	}

	/** An anonymous call goes without a token, and the service answers 401. */
	public static ClientHttpRequestInterceptor interceptor() {
		return (request, body, execution) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token) {
				request.getHeaders().setBearerAuth(token.getToken().getTokenValue());
			}
			return execution.execute(request, body);
		};
	}

}
