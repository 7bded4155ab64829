package org.carepath.support.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class RealmRolesTest {

	@Test
	void mapsKeycloakRealmRolesToSpringRoles() {
		Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("staff", "clinician")));

		assertThat(RealmRoles.roles(claims)).containsExactly("staff", "clinician");
		assertThat(RealmRoles.authorities(claims)).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_staff", "ROLE_clinician");
	}

	@Test
	void aTokenWithoutRealmAccessHasNoRoles() {
		assertThat(RealmRoles.roles(Map.of("sub", "someone"))).isEmpty();
		assertThat(RealmRoles.roles(Map.of("realm_access", "not-a-map"))).isEmpty();
		assertThat(RealmRoles.roles(Map.of("realm_access", Map.of("roles", List.of(1, "staff")))))
			.containsExactly("staff");
	}

}
