package org.carepath.intake.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.carepath.support.test.EmbeddedKafkaConfiguration;
import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a submission sends to PostgreSQL, statement by statement: one insert per row it
 * stores (screening, contact, alert, audit record, outbox row) and the commit, with no
 * select before them (the unique indexes check the reference and the idempotency key).
 * Counted on the request's thread, so the outbox's sending after the commit is not part
 * of it.
 */
@SpringBootTest(properties = "spring.modulith.events.externalization.enabled=true")
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class, EmbeddedKafkaConfiguration.class,
		SubmissionRoundTripsTests.Counting.class })
class SubmissionRoundTripsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void anAnonymousSelfCheckCommitsInFourStatements() {
		List<String> sent = sentBy(submission(gad7()));
		assertThat(sent).containsExactly("insert into screening", "insert into audit_event",
				"insert into event_publication", "commit");
	}

	@Test
	void aCrisisWithContactAndIdempotencyKeyAddsOnlyItsOwnRows() {
		Map<String, Object> request = phq9Crisis();
		request.put("contact", Map.of("name", "Sam Doe", "phone", "201-555-0123", "consentToContact", true));
		List<String> sent = sentBy(submission(request).header("Idempotency-Key", UUID.randomUUID().toString()));
		// The alert reads who is on call and writes its three notification steps at once
		// (docs/clinic-operations.md#who-is-notified-when).
		assertThat(sent).containsExactly("insert into screening", "insert into crisis_alert",
				"select from on_call_roster", "select from on_call_slot", "select from on_call_exception",
				"insert into alert_notification", "insert into audit_event", "insert into event_publication",
				"insert into screening_contact", "commit");
	}

	private List<String> sentBy(MockHttpServletRequestBuilder request) {
		return RoundTrips.during(() -> {
			try {
				this.mvc.perform(request).andExpect(status().isCreated());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).stream().map(SubmissionRoundTripsTests::kind).toList();
	}

	/**
	 * {@code insert into
	 *
	<table>
	 * }, {@code select … from
	 *
	<table>
	 * }, {@code commit}…
	 */
	private static String kind(String sql) {
		String[] words = sql.trim().toLowerCase(Locale.ROOT).split("[\\s(]+");
		if (words[0].equals("insert")) {
			return "insert into " + words[2];
		}
		int from = List.of(words).indexOf("from");
		return (from > 0) ? words[0] + " from " + words[from + 1] : words[0];
	}

	private MockHttpServletRequestBuilder submission(Map<String, Object> request) {
		return post("/api/intake/screenings").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(request));
	}

	/** GAD-7 with every item "Not at all". */
	private static Map<String, Object> gad7() {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 7; i++) {
			answers.put(String.valueOf(i), "LA6568-5");
		}
		return request("gad-7", answers);
	}

	/** PHQ-9 with item 9 "Several days": a crisis. */
	private static Map<String, Object> phq9Crisis() {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 8; i++) {
			answers.put(String.valueOf(i), "LA6568-5");
		}
		answers.put("9", "LA6569-3");
		return request("phq-9", answers);
	}

	private static Map<String, Object> request(String instrument, Map<String, Object> answers) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("instrument", instrument);
		request.put("mode", "self");
		request.put("answers", answers);
		return request;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource dataSource && !(bean instanceof RoundTrips))
							? new RoundTrips(dataSource) : bean;
				}
			};
		}

	}

}
