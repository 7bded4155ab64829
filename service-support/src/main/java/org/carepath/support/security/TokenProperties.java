package org.carepath.support.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service accepts as a token: issued by our Keycloak realm, naming this service as
 * audience, not expired (beyond a small clock skew: the clinic's servers share NTP time).
 */
@ConfigurationProperties("carepath.security")
public record TokenProperties(String issuer, String audience, @DefaultValue("10s") Duration clockSkew) {

	public TokenProperties {
		if (issuer == null || issuer.isBlank()) {
			throw new IllegalArgumentException("carepath.security.issuer must name the Keycloak realm URL");
		}
		if (audience == null || audience.isBlank()) {
			throw new IllegalArgumentException(
					"carepath.security.audience must name this service (e.g. carepath-intake)");
		}
	}

	String jwkSetUri() {
		return this.issuer + "/protocol/openid-connect/certs";
	}

}
