package org.carepath.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a whole topic as one of the stack's Kafka clients would, with its own Keycloak
 * credentials: assigned partitions and no consumer group, so it needs only the topic's
 * READ ACL and moves no one's offsets. For counting what was published: each record's
 * {@code ce_id}, to find events sent twice.
 */
final class TopicReader {

	private final Map<String, Object> config = new HashMap<>();

	private TopicReader(String bootstrapServers, String issuer, String clientId, String secret) {
		String tokenEndpoint = issuer + "/protocol/openid-connect/token";
		System.setProperty("org.apache.kafka.sasl.oauthbearer.allowed.urls", tokenEndpoint);
		this.config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		this.config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
		this.config.put(SaslConfigs.SASL_MECHANISM, "OAUTHBEARER");
		this.config.put(SaslConfigs.SASL_LOGIN_CALLBACK_HANDLER_CLASS,
				"org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler");
		this.config.put(SaslConfigs.SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL, tokenEndpoint);
		this.config.put(SaslConfigs.SASL_JAAS_CONFIG,
				"org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required clientId=\"" + clientId
						+ "\" clientSecret=\"" + secret + "\" ;");
		this.config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		this.config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
	}

	/** A service's view over the services' listener (SASL_PLAINTEXT on loopback). */
	static TopicReader service(String bootstrapServers, String issuer, String clientId) {
		return new TopicReader(bootstrapServers, issuer, clientId, clientId + "-dev");
	}

	/** A partner's view over the partners' listener (SASL_SSL, the local CA). */
	static TopicReader partner(String bootstrapServers, String issuer, String partnerId, String caFile) {
		TopicReader reader = new TopicReader(bootstrapServers, issuer, "partner-" + partnerId,
				"partner-" + partnerId + "-dev");
		reader.config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
		reader.config.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM");
		reader.config.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, caFile);
		return reader;
	}

	/** One record: its key and its CloudEvent id. */
	record Published(String key, String cloudEventId) {
	}

	/** Every record on the topic now, from its beginning to its end. */
	List<Published> readAll(String topic) {
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(this.config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30))
				.stream()
				.map(info -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
			List<Published> records = new ArrayList<>();
			while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					Header id = record.headers().lastHeader("ce_id");
					records.add(new Published(record.key(),
							(id != null) ? new String(id.value(), StandardCharsets.UTF_8) : ""));
				}
			}
			return records;
		}
	}

}
