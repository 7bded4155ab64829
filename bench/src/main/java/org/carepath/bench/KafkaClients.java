package org.carepath.bench;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * A Kafka client configured as the services are on the stack's services listener:
 * SASL_PLAINTEXT with OAUTHBEARER, its token from Keycloak by client credentials (the
 * client id is the principal the broker's ACLs name).
 */
final class KafkaClients {

	private KafkaClients() {
	}

	static Map<String, Object> service(String bootstrapServers, String issuer, String clientId) {
		String tokenEndpoint = issuer + "/protocol/openid-connect/token";
		// Kafka refuses to fetch tokens from a URL not listed here (since 3.9.1/4.0)
		System.setProperty("org.apache.kafka.sasl.oauthbearer.allowed.urls", tokenEndpoint);
		Map<String, Object> config = new HashMap<>();
		config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
		config.put(SaslConfigs.SASL_MECHANISM, "OAUTHBEARER");
		config.put(SaslConfigs.SASL_LOGIN_CALLBACK_HANDLER_CLASS,
				"org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler");
		config.put(SaslConfigs.SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL, tokenEndpoint);
		config.put(SaslConfigs.SASL_JAAS_CONFIG,
				"org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required clientId=\"" + clientId
						+ "\" clientSecret=\"" + clientId + "-dev\" ;");
		return config;
	}

}
