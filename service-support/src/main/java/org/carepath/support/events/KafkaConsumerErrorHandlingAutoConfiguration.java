package org.carepath.support.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What the Kafka listeners do with a record whose processing threw (malformed records
 * never get here: the listener skips them). An unavailable database is waited out with a
 * growing pause, for up to {@value #TRANSIENT_PATIENCE_MINUTES} minutes; anything else is
 * tried twice more. Then the record is skipped so that one bad record cannot hold up its
 * partition forever, and logged by its position only, never its content (it may be health
 * data). A concurrent change of the same record (optimistic lock) counts as transient.
 * One rule for every service that consumes events; Boot applies this bean to the listener
 * container factory.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(DefaultErrorHandler.class)
public class KafkaConsumerErrorHandlingAutoConfiguration {

	static final int TRANSIENT_PATIENCE_MINUTES = 15;

	private static final Logger logger = LoggerFactory.getLogger(KafkaConsumerErrorHandlingAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	CommonErrorHandler kafkaErrorHandler() {
		DefaultErrorHandler handler = new DefaultErrorHandler(
				(record, ex) -> logger.error("Gave up on record {}-{}@{} ({}); skipped", record.topic(),
						record.partition(), record.offset(), rootCause(ex).getClass().getName()),
				new FixedBackOff(Duration.ofSeconds(1).toMillis(), 2));
		handler.setBackOffFunction((record, ex) -> isTransient(ex) ? transientBackOff() : null);
		return handler;
	}

	private static BackOff transientBackOff() {
		ExponentialBackOff backOff = new ExponentialBackOff(Duration.ofSeconds(1).toMillis(), 2.0);
		backOff.setMaxInterval(Duration.ofMinutes(1).toMillis());
		backOff.setMaxElapsedTime(Duration.ofMinutes(TRANSIENT_PATIENCE_MINUTES).toMillis());
		return backOff;
	}

	static boolean isTransient(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof CannotCreateTransactionException) {
				return true;
			}
		}
		return false;
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
