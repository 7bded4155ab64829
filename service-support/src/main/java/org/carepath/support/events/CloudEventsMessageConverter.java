package org.carepath.support.events;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.messaging.Message;

/**
 * Writes event data as JSON bytes, like the converter Spring Modulith configures, but
 * without Spring's {@code __TypeId__} header (a Java class name): consumers go by the
 * CloudEvents {@code ce_type}, and the record carries only the CloudEvents headers.
 * Register it as the service's {@code RecordMessageConverter} bean.
 */
public class CloudEventsMessageConverter extends ByteArrayJacksonJsonMessageConverter {

	public CloudEventsMessageConverter(JsonMapper json) {
		super(json);
	}

	@Override
	protected Headers initialRecordHeaders(Message<?> message) {
		return new RecordHeaders();
	}

}
