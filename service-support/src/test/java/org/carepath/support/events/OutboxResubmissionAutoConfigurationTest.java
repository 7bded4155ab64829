package org.carepath.support.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxResubmissionAutoConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OutboxResubmissionAutoConfiguration.class))
		// As in a Boot application: "30s" converts to a Duration.
		.withInitializer(context -> context.getBeanFactory()
			.setConversionService(ApplicationConversionService.getSharedInstance()))
		// Far in the future: the test calls the job itself.
		.withPropertyValues("carepath.outbox.resubmit-interval=1h");

	@Test
	void aServiceWithAnOutboxResubmitsItsFailedPublicationsWithTheConfiguredLimits() {
		List<ResubmissionOptions> calls = new ArrayList<>();
		this.runner.withBean(FailedEventPublications.class, () -> calls::add)
			.withPropertyValues("carepath.outbox.resubmit-min-age=30s", "carepath.outbox.resubmit-batch-size=7")
			.run(context -> {
				context.getBean(OutboxResubmission.class).resubmitFailedPublications();

				assertThat(calls).singleElement().satisfies(options -> {
					assertThat(options.getMinAge()).isEqualTo(Duration.ofSeconds(30));
					assertThat(options.getBatchSize()).isEqualTo(7);
					assertThat(options.getMaxInFlight()).isEqualTo(7);
				});
			});
	}

	@Test
	void aServiceWithoutAnOutboxGetsNoResubmissionJob() {
		this.runner.run(context -> assertThat(context).doesNotHaveBean(OutboxResubmission.class));
	}

}
