package org.carepath.content.revision;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A signed-in staff member: the login name decides who may approve what; the display name
 * is what readers and colleagues see.
 */
record Staff(String username, String name) {

	static Staff of(Authentication authentication) {
		String username = authentication.getName();
		String name = (authentication instanceof JwtAuthenticationToken token)
				? token.getToken().getClaimAsString("name") : null;
		return new Staff(username, (name == null || name.isBlank()) ? username : name);
	}

}
