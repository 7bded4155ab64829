package org.carepath.gateway.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.carepath.support.security.RealmRoles;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.stereotype.Component;

/**
 * Adds the Keycloak realm roles of the ID token ({@code realm_access.roles}) as
 * {@code ROLE_*} authorities.
 */
@Component
class RealmRoleAuthorities implements GrantedAuthoritiesMapper {

	@Override
	public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
		Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
		authorities.stream()
			.filter(OidcUserAuthority.class::isInstance)
			.map(OidcUserAuthority.class::cast)
			.forEach(oidc -> mapped.addAll(RealmRoles.authorities(oidc.getIdToken().getClaims())));
		return mapped;
	}

}
