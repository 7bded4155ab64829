package org.carepath.support.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Keycloak puts realm roles under {@code realm_access.roles}; Spring Security expects
 * {@code ROLE_} authorities. Used by the resource servers (access tokens) and by the
 * gateway (ID tokens).
 */
public final class RealmRoles {

	public static final String ROLE_PREFIX = "ROLE_";

	private RealmRoles() {
	}

	/** The realm roles named in the claims, in token order; empty when there are none. */
	public static List<String> roles(Map<String, Object> claims) {
		if (!(claims.get("realm_access") instanceof Map<?, ?> realmAccess)) {
			return List.of();
		}
		if (!(realmAccess.get("roles") instanceof Collection<?> roles)) {
			return List.of();
		}
		return roles.stream().filter(String.class::isInstance).map(String.class::cast).toList();
	}

	public static Collection<GrantedAuthority> authorities(Map<String, Object> claims) {
		return roles(claims).stream()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority(ROLE_PREFIX + role))
			.toList();
	}

}
