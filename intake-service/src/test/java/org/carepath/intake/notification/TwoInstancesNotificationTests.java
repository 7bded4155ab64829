package org.carepath.intake.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.carepath.intake.IntakeApplication;
import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carepath.intake.notification.TestMailServerConfiguration.ESCALATION;
import static org.carepath.intake.notification.TestMailServerConfiguration.ON_CALL;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two intake instances (this test's context and a second application context of its own)
 * poll the same database and mail server: every step of every alert is sent once
 * (docs/clinic-operations.md#retries-and-once-only).
 */
@SpringBootTest(properties = { "carepath.notifications.enabled=true", "carepath.notifications.escalate-after=2s",
		"carepath.notifications.escalate-again-after=2s", "carepath.notifications.poll-interval=200ms" })
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class, TestMailServerConfiguration.class })
class TwoInstancesNotificationTests {

	static final int ALERTS = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	Environment environment;

	@Autowired
	MeterRegistry meters;

	@Autowired
	TestMailServer mailServer;

	@Test
	void withTwoInstancesPollingEveryStepOfEveryAlertIsSentOnce() throws Exception {
		try (ConfigurableApplicationContext second = secondInstance()) {
			List<String> references = new ArrayList<>();
			for (int i = 0; i < ALERTS; i++) {
				references.add(submitCrisis());
			}

			await().atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> this.jdbc.sql("select count(*) from alert_notification where status = 'sent'")
					.query(Integer.class)
					.single() == 3 * ALERTS);

			for (String reference : references) {
				assertThat(this.mailServer.inbox(ON_CALL, reference)).as("on-call emails of %s", reference).hasSize(1);
				assertThat(this.mailServer.inbox(ESCALATION, reference)).as("escalation emails of %s", reference)
					.hasSize(2);
			}
			assertThat(this.jdbc.sql("select max(attempts) from alert_notification").query(Integer.class).single())
				.isOne();
			assertThat(sent(this.meters) + sent(second.getBean(MeterRegistry.class))).isEqualTo(3.0 * ALERTS);
		}
	}

	private ConfigurableApplicationContext secondInstance() {
		return new SpringApplicationBuilder(IntakeApplication.class).run("--server.port=0",
				"--spring.jmx.enabled=false",
				"--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--carepath.keycloak.issuer=" + this.environment.getProperty("carepath.keycloak.issuer"),
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + this.mailServer.smtpPort(),
				"--carepath.notifications.enabled=true", "--carepath.notifications.escalate-after=2s",
				"--carepath.notifications.escalate-again-after=2s", "--carepath.notifications.poll-interval=200ms");
	}

	private static double sent(MeterRegistry registry) {
		return registry.find("carepath.notifications")
			.tag("outcome", "sent")
			.counters()
			.stream()
			.mapToDouble(counter -> counter.count())
			.sum();
	}

	private String submitCrisis() throws Exception {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 9; i++) {
			answers.put(String.valueOf(i), "LA6570-1");
		}
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("instrument", "phq-9");
		request.put("mode", "self");
		request.put("answers", answers);
		return this.json.readTree(this.mvc
			.perform(post("/api/intake/screenings").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(request)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("reference").asString();
	}

}
