package org.carepath.portal.layout;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.carepath.support.security.RealmRoles;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentUserTests {

	@Test
	void readsUsernameDisplayNameAndRealmRolesFromTheToken() {
		CurrentUser user = CurrentUser.of(token(Map.of("preferred_username", "clinician", "name", "Clara Clinician",
				"realm_access", Map.of("roles", List.of("clinician", "staff")))));

		assertThat(user).isNotNull();
		assertThat(user.username()).isEqualTo("clinician");
		assertThat(user.displayName()).isEqualTo("Clara Clinician");
		assertThat(user.roles()).containsExactlyInAnyOrder("clinician", "staff");
		assertThat(user.hasRole("clinician")).isTrue();
		assertThat(user.hasDistinctDisplayName()).isTrue();
	}

	@Test
	void withoutANameClaimTheUsernameIsTheDisplayName() {
		CurrentUser user = CurrentUser.of(token(Map.of("preferred_username", "reviewer")));

		assertThat(user).isNotNull();
		assertThat(user.displayName()).isEqualTo("reviewer");
		assertThat(user.hasDistinctDisplayName()).isFalse();
		assertThat(user.roles()).isEmpty();
	}

	@Test
	void anAnonymousVisitorIsNobody() {
		assertThat(CurrentUser.of(null)).isNull();
		assertThat(CurrentUser.of(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))))
			.isNull();
	}

	private static JwtAuthenticationToken token(Map<String, Object> claims) {
		Jwt jwt = Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.subject("3f1c2d4e")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300))
			.claims(all -> all.putAll(claims))
			.build();
		return new JwtAuthenticationToken(jwt, RealmRoles.authorities(jwt.getClaims()),
				jwt.getClaimAsString("preferred_username"));
	}

}
