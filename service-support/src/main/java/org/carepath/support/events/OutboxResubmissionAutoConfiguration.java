package org.carepath.support.events;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Re-sends the events Kafka did not take (broker down, timeout), in every service with a
 * Spring Modulith event publication registry. Modulith 2.0 records a failed send as a
 * FAILED publication but never retries by itself. Only FAILED publications are re-sent,
 * never one still in flight, so a healthy send is not duplicated; a publication left in
 * flight by a crash is marked FAILED by Modulith's staleness monitor
 * ({@code spring.modulith.events.staleness.*}, which also needs the scheduling enabled
 * here) and re-sent here, by whichever instance is alive. The job runs on one instance at
 * a time ({@link OutboxResubmission}, ShedLock). Delivery is at least once: consumers
 * drop duplicates by the CloudEvents id. How the staleness, the re-send and the
 * producer's timeouts fit together: service-support's defaults and docs/events.md.
 * <p>
 * Settings: {@code carepath.outbox.resubmit-interval} (how often, default 3s),
 * {@code resubmit-min-age} (only publications published at least this long ago, default
 * 10s) and {@code resubmit-batch-size} (default 100).
 */
@AutoConfiguration(afterName = "org.springframework.modulith.events.config.EventPublicationAutoConfiguration")
@ConditionalOnClass(FailedEventPublications.class)
@ConditionalOnBean(FailedEventPublications.class)
@EnableScheduling
public class OutboxResubmissionAutoConfiguration {

	@Bean
	OutboxResubmission outboxResubmission(FailedEventPublications failed,
			@Value("${carepath.outbox.resubmit-min-age:10s}") Duration minAge,
			@Value("${carepath.outbox.resubmit-batch-size:100}") int batchSize) {
		// Bounded, so that a long outage with many failed events cannot flood the
		// executor when it ends.
		return new OutboxResubmission(failed,
				ResubmissionOptions.defaults().withMinAge(minAge).withBatchSize(batchSize).withMaxInFlight(batchSize));
	}

}
