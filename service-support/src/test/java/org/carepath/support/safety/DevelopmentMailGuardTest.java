package org.carepath.support.safety;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevelopmentMailGuardTest {

	@Test
	void refusesTheDevelopmentMailServerOnThisMachine() {
		StandardEnvironment environment = environment(Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port",
				"3025", "spring.mail.properties.mail.smtp.starttls.required", "true"));

		assertThatThrownBy(() -> new DevelopmentMailGuard(environment).afterPropertiesSet()).isInstanceOfSatisfying(
				DevelopmentMailInProductionException.class,
				ex -> assertThat(ex.problems()).hasSize(2)
					.anySatisfy(problem -> assertThat(problem).contains("CAREPATH_SMTP_HOST"))
					.anySatisfy(problem -> assertThat(problem).contains("3025")));
	}

	@Test
	void refusesTheDevelopmentPortEvenOnARealHost() {
		assertThat(DevelopmentMailGuard.problems("smtp.clinic.example.org", 3025, true, false)).singleElement()
			.asString()
			.contains("CAREPATH_SMTP_PORT");
	}

	@Test
	void refusesMailWithoutTls() {
		assertThat(DevelopmentMailGuard.problems("smtp.clinic.example.org", 587, false, false)).singleElement()
			.asString()
			.contains("without TLS");
	}

	@Test
	void acceptsTheClinicsServerOverStartTlsOrTls() {
		StandardEnvironment environment = environment(Map.of("spring.mail.host", "smtp.clinic.example.org",
				"spring.mail.port", "587", "spring.mail.properties.mail.smtp.starttls.required", "true"));

		assertThatCode(() -> new DevelopmentMailGuard(environment).afterPropertiesSet()).doesNotThrowAnyException();
		assertThat(DevelopmentMailGuard.problems("smtp.clinic.example.org", 465, false, true)).isEmpty();
	}

	@Test
	void aProdStartWithTheDevelopmentMailFailsWithEveryReason() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ProductionSafetyAutoConfiguration.class))
			.withPropertyValues("spring.profiles.active=prod", "spring.mail.host=localhost", "spring.mail.port=3025")
			.run(context -> {
				assertThat(context).hasFailed();
				Throwable failure = context.getStartupFailure();
				while (!(failure instanceof DevelopmentMailInProductionException) && failure.getCause() != null) {
					failure = failure.getCause();
				}
				assertThat(failure).isInstanceOf(DevelopmentMailInProductionException.class);
				assertThat(new DevelopmentMailFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
					.contains("CAREPATH_SMTP_HOST", "3025", "without TLS");
			});
	}

	@Test
	void anAppThatSendsNoMailIsNotChecked() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ProductionSafetyAutoConfiguration.class))
			.withPropertyValues("spring.profiles.active=prod")
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DevelopmentMailGuard.class));
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(properties)));
		return environment;
	}

}
