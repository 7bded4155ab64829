package org.carepath.gateway.sessions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carepath.gateway.session.*}. Signed-in sessions keep Spring's idle timeout
 * ({@code server.reactive.session.timeout}, 30 minutes); a session that only holds a
 * sign-in in progress (the PKCE verifier, the page to return to) lives this long.
 *
 * @param signInTimeout idle lifetime of a session nobody has signed in to yet
 */
@ConfigurationProperties("carepath.gateway.session")
public record SessionProperties(@DefaultValue("10m") Duration signInTimeout) {

	public SessionProperties {
		if (signInTimeout.isNegative() || signInTimeout.isZero()) {
			throw new IllegalArgumentException("carepath.gateway.session.sign-in-timeout must be positive");
		}
	}

}
