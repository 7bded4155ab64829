package org.example.partner;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.example.partner.Inbox.EventId;

/**
 * Reads our topic. Each record is a CloudEvent in Kafka binary mode: the attributes in
 * {@code ce_*} headers, the JSON data in the value, the referral id as the key (so the
 * events of one referral arrive in order). The offset is committed after this method
 * returns; if it throws, the record is delivered again (see {@link KafkaConfiguration}).
 */
@Component
class ReferralEventListener {

	static final String REQUESTED = "org.carepath.referral.requested.v1";

	static final String CANCELLED = "org.carepath.referral.cancelled.v1";

	private static final Logger log = LoggerFactory.getLogger(ReferralEventListener.class);

	private final Referrals referrals;

	private final JsonMapper json;

	ReferralEventListener(Referrals referrals, JsonMapper json) {
		this.referrals = referrals;
		this.json = json;
	}

	// Our consumer group is spring.kafka.consumer.group-id (partner-<id>), not the
	// listener id.
	@KafkaListener(id = "referrals", idIsGroup = false, topics = "${partner.topic}")
	void on(ConsumerRecord<String, byte[]> record) {
		CloudEvent event;
		try {
			event = KafkaMessageFactory.createReader(record).toEvent();
		}
		catch (CloudEventRWException notACloudEvent) {
			skip(record, "not a CloudEvent in binary mode");
			return;
		}
		EventId id = new EventId(event.getSource().toString(), event.getId());
		Object data;
		try {
			data = switch (event.getType()) {
				case REQUESTED -> valid(read(event, ReferralRequested.class));
				case CANCELLED -> valid(read(event, ReferralCancelled.class));
				// A newer contract may add types: leave them to a newer version of this
				// program.
				default -> null;
			};
		}
		catch (JacksonException | IllegalArgumentException malformed) {
			// Retrying cannot repair the data. The exception's message may quote it, so
			// it is not logged.
			skip(record, "malformed " + event.getType() + " data (" + malformed.getClass().getSimpleName() + ")");
			return;
		}
		switch (data) {
			case ReferralRequested requested -> referrals.requested(id, requested);
			case ReferralCancelled cancelled -> referrals.cancelled(id, cancelled);
			case null, default -> skip(record, "event type " + event.getType() + " is not handled");
		}
	}

	private static ReferralRequested valid(ReferralRequested requested) {
		if (requested.referralId() == null || requested.levelOfCare() == null) {
			throw new IllegalArgumentException("referralId and levelOfCare are required");
		}
		return requested;
	}

	private static ReferralCancelled valid(ReferralCancelled cancelled) {
		if (cancelled.referralId() == null) {
			throw new IllegalArgumentException("referralId is required");
		}
		return cancelled;
	}

	private <T> T read(CloudEvent event, Class<T> type) {
		CloudEventData data = event.getData();
		if (data == null) {
			throw new IllegalArgumentException("no data");
		}
		return json.readValue(data.toBytes(), type);
	}

	private static void skip(ConsumerRecord<String, byte[]> record, String why) {
		log.warn("Skipping the record at {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
				record.key(), why);
	}

}
