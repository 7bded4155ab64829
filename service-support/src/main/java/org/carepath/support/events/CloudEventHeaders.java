package org.carepath.support.events;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;

/**
 * The CloudEvents 1.0 attributes of an event as Kafka headers in binary content mode
 * ({@code ce_id}, {@code ce_source}, {@code ce_specversion}, {@code ce_type},
 * {@code ce_time}, {@code ce_dataschema}, {@code content-type}), ready for Spring
 * Modulith's externalization headers.
 * <p>
 * The CloudEvents SDK builds and checks the attributes and names and encodes the headers;
 * the record itself is written by whoever sends it (Modulith serializes the data as
 * JSON). Values are {@code byte[]} so that Spring Kafka copies them as they are instead
 * of adding its own JSON type header. Attributes must never identify a person: ids are
 * opaque, the type and source name the kind of event and its producer.
 */
public final class CloudEventHeaders {

	/** The {@code datacontenttype} of every CarePath event. */
	public static final String JSON = "application/json";

	private CloudEventHeaders() {
	}

	/**
	 * @param id unique per event and stable across re-sends, so that consumers can drop
	 * duplicates
	 * @param source the producing service, for example
	 * {@code urn:carepath:intake-service}
	 * @param type reverse-DNS and versioned, for example
	 * {@code org.carepath.intake.screening-completed.v1}
	 * @param time when the occurrence happened
	 * @param dataSchema the JSON Schema of the data, if published
	 * @throws IllegalArgumentException when the id or the type is empty (CloudEvents
	 * requires both non-empty)
	 */
	public static Map<String, Object> of(String id, URI source, String type, Instant time, @Nullable URI dataSchema) {
		if (id.isBlank() || type.isBlank()) {
			throw new IllegalArgumentException("A CloudEvent needs a non-empty id and type");
		}
		CloudEvent event = CloudEventBuilder.v1()
			.withId(id)
			.withSource(source)
			.withType(type)
			.withTime(time.atOffset(ZoneOffset.UTC))
			.withDataSchema(dataSchema)
			.withDataContentType(JSON)
			.build();
		// The SDK's binary-mode writer produces exactly the headers a CloudEvents
		// consumer expects; the record
		// (no topic of ours, no data) is thrown away.
		ProducerRecord<Void, byte[]> record = KafkaMessageFactory.createWriter("cloudevents").writeBinary(event);
		Map<String, Object> headers = new LinkedHashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), header.value());
		}
		return headers;
	}

}
