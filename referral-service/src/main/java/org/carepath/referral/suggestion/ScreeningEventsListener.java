package org.carepath.referral.suggestion;

import java.net.URI;
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
 * Reads intake's screening events ({@value #TYPE} on {@value #TOPIC}, CloudEvents binary
 * mode) and hands each to {@link ReferralSuggestions}, which keeps those whose next step
 * calls for a referral, once per event id. Delivery is at least once; a duplicate (same
 * {@code ce_source} and {@code ce_id}: only intake's source is accepted, and the
 * suggestion is unique by event id) changes nothing.
 * <p>
 * A record that is not such an event (unknown type or source, not a CloudEvent, data that
 * does not parse or lacks a field) is skipped and logged by its position only: never its
 * content. An event without {@code nextStep}, stored by an intake older than that field,
 * is skipped too: which screening calls for a referral is intake's decision. Failures to
 * store (the database away) are thrown, so that the container's error handler retries
 * them.
 */
@Component
class ScreeningEventsListener {

	static final String TOPIC = "intake.screenings.v1";

	static final String TYPE = "org.carepath.intake.screening-completed.v1";

	static final URI SOURCE = URI.create("urn:carepath:intake-service");

	private static final Logger logger = LoggerFactory.getLogger(ScreeningEventsListener.class);

	private final ReferralSuggestions suggestions;

	private final JsonMapper json;

	ScreeningEventsListener(ReferralSuggestions suggestions, JsonMapper json) {
		this.suggestions = suggestions;
		this.json = json;
	}

	// Raw bytes, whatever the application's consumer defaults: the CloudEvents SDK reads
	// the headers, Jackson the data.
	@KafkaListener(id = "intake-screenings", groupId = "referral-service", topics = TOPIC,
			properties = { "key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
					"value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer" })
	void on(ConsumerRecord<String, byte[]> record) {
		read(record).ifPresent(screening -> this.suggestions.record(screening.eventId(), screening.screeningId(),
				screening.reference(), screening.instrument(), screening.band(), screening.positive(),
				screening.crisis(), screening.nextStep(), screening.completedAt()));
	}

	private Optional<ScreeningCompleted> read(ConsumerRecord<String, byte[]> record) {
		CloudEvent event;
		try {
			event = KafkaMessageFactory.createReader(record).toEvent();
		}
		catch (RuntimeException ex) {
			return skip(record, "not a CloudEvent in binary mode");
		}
		if (!TYPE.equals(event.getType()) || !SOURCE.equals(event.getSource())) {
			return skip(record, "not a screening event of intake-service");
		}
		if (event.getData() == null) {
			return skip(record, "no data");
		}
		ScreeningCompleted screening;
		try {
			screening = this.json.readValue(event.getData().toBytes(), ScreeningCompleted.class);
		}
		catch (JacksonException ex) {
			return skip(record, "data is not a screening");
		}
		if (screening == null || !screening.isComplete()) {
			return skip(record, "data lacks a required field");
		}
		if (!screening.eventId().toString().equals(event.getId())) {
			return skip(record, "data's eventId differs from the CloudEvents id");
		}
		return Optional.of(screening);
	}

	private static Optional<ScreeningCompleted> skip(ConsumerRecord<?, ?> record, String why) {
		logger.warn("Skipped record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), why);
		return Optional.empty();
	}

	/**
	 * The data of intake's {@code screening-completed.v1} (intake's
	 * {@code static/schemas/screening-completed.v1.json}); fields added later are
	 * ignored. Boxed so that a missing field is seen, not read as 0 or false.
	 */
	record ScreeningCompleted(@Nullable UUID eventId, @Nullable UUID screeningId, @Nullable String reference,
			@Nullable String instrument, @Nullable String version, @Nullable Integer score, @Nullable String band,
			@Nullable Boolean positive, @Nullable Boolean crisis, @Nullable String nextStep, @Nullable String mode,
			@Nullable Instant completedAt) {

		boolean isComplete() {
			return this.eventId != null && this.screeningId != null && this.instrument != null && this.band != null
					&& this.positive != null && this.crisis != null && this.nextStep != null;
		}

	}

}
