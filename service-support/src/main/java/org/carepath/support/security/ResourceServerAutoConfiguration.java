package org.carepath.support.security;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Token validation for the servlet services: signature (Keycloak's JWKS, fetched lazily
 * so a service can start before Keycloak, and kept in use while Keycloak is down),
 * issuer, expiry and audience — each service accepts only tokens that name it.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ HttpSecurity.class, JwtDecoder.class })
@EnableConfigurationProperties(TokenProperties.class)
public class ResourceServerAutoConfiguration {

	private static final Duration KEY_CACHE_TIME_TO_LIVE = Duration.ofMinutes(5);

	/** Tokens naming unknown keys cannot make a service hammer Keycloak. */
	private static final Duration MIN_TIME_BETWEEN_KEY_FETCHES = Duration.ofSeconds(30);

	/**
	 * Keycloak on the clinic's network answers in milliseconds; a hung one must not hold
	 * requests.
	 */
	private static final Duration KEY_FETCH_TIMEOUT = Duration.ofSeconds(2);

	/**
	 * Keycloak's signing keys, fetched on first use and cached; refreshed every five
	 * minutes and when a token names a key not seen yet (key rotation), at most every 30
	 * s. When a refresh fails (Keycloak down or slow) the keys already known stay in use
	 * (outage tolerant), so people signed in before an outage keep working until their
	 * tokens expire; only a token signed with an unknown key is refused meanwhile.
	 */
	static JWKSource<SecurityContext> signingKeys(String jwkSetUri, Duration cacheTimeToLive,
			Duration minTimeBetweenFetches) {
		try {
			return JWKSourceBuilder
				.<SecurityContext>create(URI.create(jwkSetUri).toURL(),
						new DefaultResourceRetriever((int) KEY_FETCH_TIMEOUT.toMillis(),
								(int) KEY_FETCH_TIMEOUT.toMillis(), JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT))
				.cache(cacheTimeToLive.toMillis(), KEY_FETCH_TIMEOUT.toMillis())
				.refreshAheadCache(false)
				.rateLimited(minTimeBetweenFetches.toMillis())
				.outageTolerantForever()
				.build();
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException("carepath.security.issuer is not a URL", ex);
		}
	}

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(TokenProperties properties) {
		return jwtDecoder(properties,
				signingKeys(properties.jwkSetUri(), KEY_CACHE_TIME_TO_LIVE, MIN_TIME_BETWEEN_KEY_FETCHES));
	}

	static JwtDecoder jwtDecoder(TokenProperties properties, JWKSource<SecurityContext> signingKeys) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(signingKeys).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(properties.clockSkew()),
				new JwtIssuerValidator(properties.issuer()), new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
						audience -> audience != null && audience.contains(properties.audience()))));
		return decoder;
	}

	@Bean
	@ConditionalOnMissingBean
	JwtAuthenticationConverter jwtAuthenticationConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(jwt -> RealmRoles.authorities(jwt.getClaims()));
		converter.setPrincipalClaimName("preferred_username");
		return converter;
	}

	@Bean
	ApiSecurity apiSecurity(JwtAuthenticationConverter converter, JsonMapper jsonMapper) {
		return new ApiSecurity(converter, new ProblemWriter(jsonMapper));
	}

}
