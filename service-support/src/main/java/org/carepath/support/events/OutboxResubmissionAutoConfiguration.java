package org.carepath.support.events;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Re-sends the events Kafka did not take (broker down, timeout), in every service with a
 * Spring Modulith event publication registry. Modulith 2.0 records a failed send as a
 * FAILED publication but never retries by itself. Only FAILED publications are re-sent,
 * never one still in flight, so a healthy send is not duplicated; a publication left in
 * flight by a crash is marked FAILED by Modulith's staleness monitor
 * ({@code spring.modulith.events.staleness.*}, which also needs the scheduling enabled
 * here) and re-sent here. Delivery is at least once: consumers drop duplicates by the
 * CloudEvents id.
 * <p>
 * Settings: {@code carepath.outbox.resubmit-interval} (how often, default 10s),
 * {@code resubmit-min-age} (only publications that failed at least this long ago, default
 * 10s) and {@code resubmit-batch-size} (default 100).
 */
@AutoConfiguration(afterName = "org.springframework.modulith.events.config.EventPublicationAutoConfiguration")
@ConditionalOnClass(FailedEventPublications.class)
@ConditionalOnBean(FailedEventPublications.class)
@EnableScheduling
public class OutboxResubmissionAutoConfiguration {

	private final FailedEventPublications failed;

	private final ResubmissionOptions options;

	OutboxResubmissionAutoConfiguration(FailedEventPublications failed,
			@Value("${carepath.outbox.resubmit-min-age:10s}") Duration minAge,
			@Value("${carepath.outbox.resubmit-batch-size:100}") int batchSize) {
		this.failed = failed;
		// Bounded, so that a long outage with many failed events cannot flood the
		// executor when it ends.
		this.options = ResubmissionOptions.defaults()
			.withMinAge(minAge)
			.withBatchSize(batchSize)
			.withMaxInFlight(batchSize);
	}

	@Scheduled(fixedDelayString = "${carepath.outbox.resubmit-interval:10s}",
			initialDelayString = "${carepath.outbox.resubmit-interval:10s}")
	void resubmitFailedPublications() {
		this.failed.resubmit(this.options);
	}

}
