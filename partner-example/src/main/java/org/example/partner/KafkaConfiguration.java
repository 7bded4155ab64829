package org.example.partner;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.web.client.RestClientResponseException;

import org.example.partner.PartnerApi.NotOurReferral;

/**
 * When handling an event fails (the partner API or Keycloak cannot be reached, a 5xx, our
 * database), the same record is delivered again after a growing pause, for as long as it
 * takes: its offset is not committed, so it is neither lost nor skipped, and later events
 * of the partition wait behind it. Only a referral that CarePath says is not ours is
 * given up at once.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	private static final Logger log = LoggerFactory.getLogger(KafkaConfiguration.class);

	static final String ALLOWED_URLS = "org.apache.kafka.sasl.oauthbearer.allowed.urls";

	/**
	 * Kafka 4 calls no OAuth URL that is not listed in the JVM property
	 * {@value #ALLOWED_URLS}: our token endpoint is added before our consumer logs in.
	 */
	@Bean
	DefaultKafkaConsumerFactoryCustomizer allowTokenEndpoint() {
		return factory -> {
			Object tokenUrl = factory.getConfigurationProperties().get("sasl.oauthbearer.token.endpoint.url");
			if (tokenUrl != null) {
				allow(tokenUrl.toString());
			}
		};
	}

	private static synchronized void allow(String url) {
		String allowed = System.getProperty(ALLOWED_URLS, "");
		if (!List.of(allowed.split(",")).contains(url)) {
			System.setProperty(ALLOWED_URLS, allowed.isBlank() ? url : allowed + "," + url);
		}
	}

	@Bean
	DefaultErrorHandler errorHandler(PartnerProperties properties) {
		ExponentialBackOff backOff = new ExponentialBackOff(properties.retry().initialInterval().toMillis(), 2.0);
		backOff.setMaxInterval(properties.retry().maxInterval().toMillis());
		backOff.setMaxElapsedTime(Long.MAX_VALUE);
		backOff.setMaxAttempts(Long.MAX_VALUE);
		DefaultErrorHandler handler = new DefaultErrorHandler(
				(record, failure) -> log.warn("Giving up the record at {}-{}@{} (key {}): {}", record.topic(),
						record.partition(), record.offset(), record.key(), describe(failure)),
				backOff);
		handler.setClassifications(Map.of(NotOurReferral.class, false), true);
		handler.setRetryListeners((record, failure, attempt) -> log.warn(
				"Attempt {} at the record at {}-{}@{} (key {}) failed, it will be retried: {}", attempt, record.topic(),
				record.partition(), record.offset(), record.key(), describe(failure)));
		return handler;
	}

	/**
	 * The cause in a few words: a status code, an SQL state, or the innermost exception.
	 * Never a response body or a database message, which may quote what the referral
	 * says.
	 */
	private static String describe(Throwable failure) {
		Throwable cause = failure;
		while (true) {
			if (cause instanceof RestClientResponseException response) {
				return "the partner API answered " + response.getStatusCode().value();
			}
			if (cause instanceof SQLException database) {
				return "database error, SQL state " + database.getSQLState();
			}
			if (cause.getCause() == null || cause.getCause() == cause) {
				return cause.getClass().getSimpleName() + ": " + cause.getMessage();
			}
			cause = cause.getCause();
		}
	}

}
