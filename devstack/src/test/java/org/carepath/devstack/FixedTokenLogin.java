package org.carepath.devstack;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AppConfigurationEntry;

import org.apache.kafka.common.security.auth.AuthenticateCallbackHandler;
import org.apache.kafka.common.security.oauthbearer.OAuthBearerToken;
import org.apache.kafka.common.security.oauthbearer.OAuthBearerTokenCallback;

/**
 * A Kafka client login that presents the token given in its JAAS option {@code token} as
 * it is, without the client-side checks of Kafka's own login handler: the tests show that
 * the broker refuses bad tokens, not that a client declines to send them.
 */
public class FixedTokenLogin implements AuthenticateCallbackHandler {

	private String token;

	@Override
	public void configure(Map<String, ?> configs, String saslMechanism, List<AppConfigurationEntry> jaasConfigEntries) {
		token = (String) jaasConfigEntries.getFirst().getOptions().get("token");
	}

	@Override
	public void handle(Callback[] callbacks) throws UnsupportedCallbackException {
		long now = System.currentTimeMillis();
		for (Callback callback : callbacks) {
			if (!(callback instanceof OAuthBearerTokenCallback tokenCallback)) {
				throw new UnsupportedCallbackException(callback);
			}
			tokenCallback.token(new OAuthBearerToken() {
				@Override
				public String value() {
					return token;
				}

				@Override
				public Set<String> scope() {
					return Set.of();
				}

				@Override
				public long lifetimeMs() {
					return now + 300_000;
				}

				@Override
				public String principalName() {
					return "test";
				}

				@Override
				public Long startTimeMs() {
					return now;
				}
			});
		}
	}

	@Override
	public void close() {
	}

}
