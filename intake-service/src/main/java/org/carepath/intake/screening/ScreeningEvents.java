package org.carepath.intake.screening;

import org.carepath.support.events.CloudEventHeaders;
import org.carepath.support.events.CloudEventsMessageConverter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Which events leave the service and how (Spring Modulith externalization to Kafka):
 * {@link ScreeningCompleted} to its topic, keyed by the screening id, with CloudEvents
 * headers and nothing else. The data is the record as JSON.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningEvents {

	@Bean
	EventExternalizationConfiguration eventExternalization() {
		return EventExternalizationConfiguration.externalizing()
			.selectByType(ScreeningCompleted.class)
			.route(ScreeningCompleted.class,
					event -> RoutingTarget.forTarget(ScreeningCompleted.TOPIC).andKey(event.screeningId().toString()))
			.headers(ScreeningCompleted.class,
					event -> CloudEventHeaders.of(event.eventId().toString(), ScreeningCompleted.SOURCE,
							ScreeningCompleted.TYPE, event.completedAt(), ScreeningCompleted.SCHEMA))
			.build();
	}

	@Bean
	RecordMessageConverter kafkaMessageConverter(JsonMapper json) {
		return new CloudEventsMessageConverter(json);
	}

}
