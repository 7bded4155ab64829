package org.carepath.portal.layout;

import java.util.LinkedHashSet;
import java.util.Set;

import org.carepath.support.security.RealmRoles;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is signed in, as the page header shows it. Built from the access token the gateway
 * relays; {@code null} stands for an anonymous visitor.
 */
public record CurrentUser(String username, String displayName, Set<String> roles) {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether the header needs the display name at all, or the username already says it.
	 */
	public boolean hasDistinctDisplayName() {
		return !this.displayName.equals(this.username);
	}

	public static @Nullable CurrentUser of(@Nullable Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		String username = authentication.getName();
		String displayName = username;
		if (authentication.getPrincipal() instanceof Jwt jwt) {
			// The principal name is preferred_username when the service-support converter
			// made the token; read
			// the claim anyway so any Jwt-based authentication shows the same name.
			username = textClaim(jwt, "preferred_username", username);
			displayName = textClaim(jwt, "name", username);
		}
		Set<String> roles = new LinkedHashSet<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith(RealmRoles.ROLE_PREFIX)) {
				roles.add(name.substring(RealmRoles.ROLE_PREFIX.length()));
			}
		}
		return new CurrentUser(username, displayName, roles);
	}

	private static String textClaim(Jwt jwt, String claim, String fallback) {
		String value = jwt.getClaimAsString(claim);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
