package org.carepath.support.security;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who made a request, as the audit trail names them: the token's
 * {@code preferred_username} (Keycloak's user name), else its subject.
 */
public final class Actors {

	private Actors() {
	}

	public static String of(Jwt jwt) {
		String name = jwt.getClaimAsString("preferred_username");
		return (name != null) ? name : jwt.getSubject();
	}

	/**
	 * The actor of a bearer token, or null when the request carries none (anonymous, or
	 * not a token).
	 */
	public static @Nullable String of(@Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
			return of(jwt);
		}
		return null;
	}

}
