package org.carepath.support.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.modulith.events.core.DefaultEventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class OutboxLatencyAutoConfigurationTest {

	private final EventPublicationRepository repository = mock();

	OutboxLatencyAutoConfigurationTest() {
		given(this.repository.create(any())).willAnswer(invocation -> invocation.getArgument(0));
	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OutboxLatencyAutoConfiguration.class))
		.withBean(EventPublicationRegistry.class,
				() -> new DefaultEventPublicationRegistry(this.repository, Clock.systemUTC()));

	@Test
	void aPublicationIsSentWithoutAWriteToMarkItProcessingAndStillCompleted() {
		this.runner.run(context -> {
			EventPublicationRegistry registry = context.getBean(EventPublicationRegistry.class);
			PublicationTargetIdentifier listener = PublicationTargetIdentifier.of("kafka");
			List<TargetEventPublication> stored = new ArrayList<>(registry.store("event", Stream.of(listener)));

			registry.markProcessing("event", listener);
			registry.markCompleted("event", listener);

			assertThat(stored).hasSize(1);
			verify(this.repository, never()).markProcessing(any());
			verify(this.repository).markCompleted(any(TargetEventPublication.class), any());
		});
	}

	@Test
	void theMarkCanBeSwitchedBackOn() {
		this.runner.withPropertyValues("carepath.outbox.mark-processing=true").run(context -> {
			EventPublicationRegistry registry = context.getBean(EventPublicationRegistry.class);
			PublicationTargetIdentifier listener = PublicationTargetIdentifier.of("kafka");
			registry.store("event", Stream.of(listener));

			registry.markProcessing("event", listener);

			verify(this.repository).markProcessing(any());
		});
	}

}
