package org.carepath.gateway.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class RealmRoleAuthoritiesTest {

	@Test
	void theIdTokensRealmRolesBecomeRoleAuthorities() {
		OidcIdToken idToken = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("sub", "casey", "realm_access", Map.of("roles", List.of("clinician", "staff"))));
		OidcUserAuthority oidc = new OidcUserAuthority(idToken);
		var mapped = new RealmRoleAuthorities()
			.mapAuthorities(List.of(oidc, new SimpleGrantedAuthority("SCOPE_openid")));
		assertThat(mapped).extracting(GrantedAuthority::getAuthority)
			.contains("ROLE_clinician", "ROLE_staff", "SCOPE_openid", "OIDC_USER");
	}

	@Test
	void anIdTokenWithoutRealmRolesAddsNothing() {
		OidcIdToken idToken = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("sub", "casey"));
		assertThat(new RealmRoleAuthorities().mapAuthorities(List.of(new OidcUserAuthority(idToken))))
			.extracting(GrantedAuthority::getAuthority)
			.noneMatch(authority -> authority.startsWith("ROLE_"));
	}

}
