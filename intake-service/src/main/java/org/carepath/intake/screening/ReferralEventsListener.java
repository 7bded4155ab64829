package org.carepath.intake.screening;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the referral service's lifecycle events ({@value #TYPE} on {@value #TOPIC},
 * CloudEvents binary mode) and hands each to {@link ReferralLinks}, which applies it once
 * per event id. Delivery is at least once; a duplicate changes nothing.
 * <p>
 * A record that is not such an event (unknown type or source, not a CloudEvent, data that
 * does not parse or lacks a field, an unknown status) is skipped and logged by its
 * position only; so is an event about a screening intake does not hold. Failures to store
 * are thrown, so that the container's error handler retries them. A new consumer group
 * reads the topic from its start: referrals made before intake first listened still link.
 */
@Component
class ReferralEventsListener {

	static final String TOPIC = "referrals.lifecycle.v1";

	static final String TYPE = "org.carepath.referral.status-changed.v1";

	private static final Logger logger = LoggerFactory.getLogger(ReferralEventsListener.class);

	private final ReferralLinks links;

	private final JsonMapper json;

	ReferralEventsListener(ReferralLinks links, JsonMapper json) {
		this.links = links;
		this.json = json;
	}

	// Raw bytes, whatever the application's consumer defaults: the CloudEvents SDK reads
	// the headers, Jackson the data.
	@KafkaListener(id = "referral-lifecycle", groupId = "intake-service", topics = TOPIC,
			properties = { "key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
					"value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer",
					"auto.offset.reset=earliest" })
	void on(ConsumerRecord<String, byte[]> record) {
		read(record).ifPresent(event -> {
			if (this.links.apply(event.eventId(), event.referralId(), event.screeningId(), event.status(),
					event.changedAt()) == ReferralLinks.Outcome.UNKNOWN_SCREENING) {
				skip(record, "no such screening");
			}
		});
	}

	private Optional<StatusChanged> read(ConsumerRecord<String, byte[]> record) {
		CloudEvent event;
		try {
			event = KafkaMessageFactory.createReader(record).toEvent();
		}
		catch (RuntimeException ex) {
			return skip(record, "not a CloudEvent in binary mode");
		}
		if (!TYPE.equals(event.getType()) || !ReferralLinks.SOURCE.equals(event.getSource())) {
			return skip(record, "not a lifecycle event of referral-service");
		}
		if (event.getData() == null) {
			return skip(record, "no data");
		}
		StatusChanged changed;
		try {
			changed = this.json.readValue(event.getData().toBytes(), StatusChanged.class);
		}
		catch (JacksonException ex) {
			return skip(record, "data is not a status change");
		}
		if (changed == null || !changed.isComplete()) {
			return skip(record, "data lacks a required field or has an unknown status");
		}
		if (!changed.eventId().toString().equals(event.getId())) {
			return skip(record, "data's eventId differs from the CloudEvents id");
		}
		return Optional.of(changed);
	}

	private static <T> Optional<T> skip(ConsumerRecord<?, ?> record, String why) {
		logger.warn("Skipped record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), why);
		return Optional.empty();
	}

	/**
	 * The data of the referral service's {@code status-changed.v1} (its
	 * {@code contract/schemas/referral-status-changed.v1.json}); fields added later are
	 * ignored. Nullable so that a missing field is seen.
	 */
	record StatusChanged(@Nullable UUID eventId, @Nullable UUID referralId, @Nullable UUID screeningId,
			@Nullable String status, @Nullable Instant changedAt) {

		boolean isComplete() {
			return this.eventId != null && this.referralId != null && this.screeningId != null && this.status != null
					&& ReferralLinks.STATUSES.contains(this.status) && this.changedAt != null;
		}

	}

}
