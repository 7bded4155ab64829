package org.carepath.intake.notification;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A {@link TestMailServer} for the notification tests, with {@code spring.mail.*}
 * pointing at its SMTP port, and mailboxes for the development roster seeded at start.
 * One server per application context, closed with it: a cached context keeps sending
 * after its test class ends.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestMailServerConfiguration {

	static final String ON_CALL = "oncall@carepath.test";

	static final String ESCALATION = "escalation@carepath.test";

	@Bean(destroyMethod = "close")
	TestMailServer testMailServer() {
		return TestMailServer.start(ON_CALL, ESCALATION);
	}

	@Bean
	DynamicPropertyRegistrar testMailServerProperties(TestMailServer mail) {
		return registry -> {
			registry.add("spring.mail.host", () -> "127.0.0.1");
			registry.add("spring.mail.port", mail::smtpPort);
		};
	}

}
