package org.carepath.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka clients as the services and partners configure theirs, with tokens from a
 * {@link TestRealm}: for the tests that run devstack's brokers as processes.
 *
 * @param services bootstrap servers of the services' listener
 * @param partners bootstrap servers of the partner listener
 */
record KafkaClients(TestRealm realm, String services, String partners, Path caCertificate) {

	/** A service on the services' listener, with Kafka's own client credentials login. */
	Map<String, Object> service(String clientId) {
		Map<String, Object> config = oauth(clientId);
		config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, services);
		config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
		return config;
	}

	/** A partner on the partner listener, over TLS with the local CA. */
	Map<String, Object> partner(String clientId) {
		Map<String, Object> config = oauth(clientId);
		config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, partners);
		config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
		config.put("ssl.truststore.type", "PEM");
		config.put("ssl.truststore.location", caCertificate.toString());
		return config;
	}

	/** No credentials at all, on the services' listener. */
	Map<String, Object> anonymous() {
		return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, services,
				CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT");
	}

	/** The same clients, bootstrapping from other listeners. */
	KafkaClients at(String services, String partners) {
		return new KafkaClients(realm, services, partners, caCertificate);
	}

	private Map<String, Object> oauth(String clientId) {
		Map<String, Object> config = new HashMap<>();
		config.put("sasl.mechanism", "OAUTHBEARER");
		config.put("sasl.login.callback.handler.class",
				"org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler");
		config.put("sasl.oauthbearer.token.endpoint.url", realm.tokenUrl());
		config.put("sasl.jaas.config",
				"org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required ;");
		config.put("sasl.oauthbearer.client.credentials.client.id", clientId);
		config.put("sasl.oauthbearer.client.credentials.client.secret", clientId + "-dev");
		return config;
	}

	static Map<String, Object> withTimeouts(Map<String, Object> config) {
		Map<String, Object> result = new HashMap<>(config);
		result.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000);
		result.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, 5000);
		return result;
	}

	static KafkaConsumer<String, String> consumer(Map<String, Object> config, String group) {
		Map<String, Object> consumer = withTimeouts(config);
		if (group != null) {
			consumer.put(ConsumerConfig.GROUP_ID_CONFIG, group);
		}
		consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		return new KafkaConsumer<>(consumer, new StringDeserializer(), new StringDeserializer());
	}

	/** A producer that gives up quickly: for refusals and restarts. */
	static KafkaProducer<String, String> producer(Map<String, Object> config) {
		Map<String, Object> producer = withTimeouts(config);
		producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
		producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
		producer.put(ProducerConfig.LINGER_MS_CONFIG, 0);
		return new KafkaProducer<>(producer, new StringSerializer(), new StringSerializer());
	}

	/** The keys read until this one arrives (at most 60 s). */
	static List<String> readUntil(KafkaConsumer<String, String> consumer, String key) {
		List<String> keys = new ArrayList<>();
		Instant deadline = Instant.now().plusSeconds(60);
		while (!keys.contains(key) && Instant.now().isBefore(deadline)) {
			consumer.poll(Duration.ofMillis(500)).forEach(record -> keys.add(record.key()));
		}
		return keys;
	}

	/**
	 * Polls until the consumer fails; a consumer that is refused fails within seconds.
	 */
	static RuntimeException pollFailure(KafkaConsumer<String, String> consumer) {
		Instant deadline = Instant.now().plusSeconds(30);
		while (Instant.now().isBefore(deadline)) {
			try {
				assertThat(consumer.poll(Duration.ofMillis(500))).as("records read").isEmpty();
			}
			catch (RuntimeException refused) {
				return refused;
			}
		}
		throw new AssertionError("the consumer was not refused within 30 s");
	}

}
