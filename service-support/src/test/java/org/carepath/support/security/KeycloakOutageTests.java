package org.carepath.support.security;

import java.time.Duration;
import java.util.List;

import org.carepath.support.test.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Keycloak down: the services' token validation goes on with the signing keys it has, so
 * people signed in before the outage keep working until their tokens expire.
 */
class KeycloakOutageTests {

	private final TestIssuer keycloak = TestIssuer.start();

	private final TestIssuer stranger = TestIssuer.start();

	private final TokenProperties properties = new TokenProperties(this.keycloak.issuer(), "carepath-test",
			Duration.ofSeconds(10));

	private final JwtDecoder decoder = new ResourceServerAutoConfiguration().jwtDecoder(this.properties);

	@AfterEach
	void stopIssuers() {
		this.keycloak.close();
		this.stranger.close();
	}

	@Test
	void tokensSignedWithACachedKeyStayValidWhileKeycloakIsDownEvenAfterAFailedRefresh() {
		assertThat(this.decoder.decode(token()).getSubject()).isNotBlank();

		this.keycloak.close();

		assertThat(this.decoder.decode(token()).getClaimAsString("preferred_username")).isEqualTo("sam");
		// A key the service has never seen makes it fetch the key set again, which fails
		// now: that token is refused...
		String unknownKey = this.stranger
			.token(this.keycloak.builder("sam", List.of("staff"), "carepath-test").build());
		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(unknownKey));
		// ...and the keys it had are still used.
		assertThat(this.decoder.decode(token()).getClaimAsString("preferred_username")).isEqualTo("sam");
	}

	@Test
	void whenTheCachedKeysExpireDuringTheOutageTheyAreStillUsed() throws InterruptedException {
		Duration cacheTimeToLive = Duration.ofSeconds(3);
		JwtDecoder decoder = ResourceServerAutoConfiguration.jwtDecoder(this.properties, ResourceServerAutoConfiguration
			.signingKeys(this.properties.jwkSetUri(), cacheTimeToLive, Duration.ofMillis(100)));
		assertThat(decoder.decode(token()).getSubject()).isNotBlank();

		this.keycloak.close();
		Thread.sleep(cacheTimeToLive.plusSeconds(2).toMillis());

		// The refresh the expiry calls for fails: the keys it had are used.
		assertThat(decoder.decode(token()).getClaimAsString("preferred_username")).isEqualTo("sam");
	}

	private String token() {
		return this.keycloak.token("sam", List.of("staff"), "carepath-test");
	}

}
