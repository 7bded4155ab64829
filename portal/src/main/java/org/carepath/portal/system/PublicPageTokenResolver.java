package org.carepath.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * On public pages a token that fails validation (expired, or Keycloak unreachable) is
 * ignored and the page is shown as to any visitor: a stale sign-in must never stand
 * between someone and the crisis line. In the signed-in area the token goes through
 * unchanged, so a bad one still ends in a 401.
 */
final class PublicPageTokenResolver implements BearerTokenResolver {

	private final BearerTokenResolver delegate = new DefaultBearerTokenResolver();

	private final RequestMatcher signedInArea;

	private final JwtDecoder jwtDecoder;

	PublicPageTokenResolver(RequestMatcher signedInArea, JwtDecoder jwtDecoder) {
		this.signedInArea = signedInArea;
		this.jwtDecoder = jwtDecoder;
	}

	@Override
	public @Nullable String resolve(HttpServletRequest request) {
		if (this.signedInArea.matches(request)) {
			return this.delegate.resolve(request);
		}
		try {
			String token = this.delegate.resolve(request);
			if (token != null) {
				// Decoded twice when valid (here and by the resource server): cheap next
				// to rendering a page.
				this.jwtDecoder.decode(token);
			}
			return token;
		}
		catch (JwtException | OAuth2AuthenticationException ex) {
			// Expired, forged, malformed, or Keycloak unreachable: show the page as to
			// anyone.
			return null;
		}
	}

}
