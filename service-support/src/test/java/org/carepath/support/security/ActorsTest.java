package org.carepath.support.security;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

class ActorsTest {

	@Test
	void theActorIsThePreferredUsername() {
		Jwt jwt = jwt().subject("b1c2-uuid").claim("preferred_username", "staff-anna").build();

		assertThat(Actors.of(jwt)).isEqualTo("staff-anna");
	}

	@Test
	void withoutAPreferredUsernameTheActorIsTheSubject() {
		Jwt jwt = jwt().subject("b1c2-uuid").build();

		assertThat(Actors.of(jwt)).isEqualTo("b1c2-uuid");
	}

	@Test
	void theActorOfATokenAuthenticationIsTheTokensActor() {
		Jwt jwt = jwt().subject("b1c2-uuid").claim("preferred_username", "staff-anna").build();

		assertThat(Actors.of(new JwtAuthenticationToken(jwt, List.of()))).isEqualTo("staff-anna");
	}

	@Test
	void anAnonymousOrNonTokenAuthenticationHasNoActor() {
		assertThat(Actors.of((Authentication) null)).isNull();
		assertThat(Actors.of(new TestingAuthenticationToken("someone", "secret"))).isNull();
	}

	private static Jwt.Builder jwt() {
		return Jwt.withTokenValue("token")
			.header("alg", "none")
			.issuedAt(Instant.EPOCH)
			.expiresAt(Instant.EPOCH.plusSeconds(60));
	}

}
