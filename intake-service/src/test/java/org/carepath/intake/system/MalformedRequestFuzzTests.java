package org.carepath.intake.system;

import java.util.List;
import java.util.UUID;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.RequestFuzzer;
import org.carepath.support.test.RequestFuzzer.FuzzResponse;
import org.carepath.support.test.RequestFuzzer.Target;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few hundred malformed requests (fixed seed) against the real server: each answered
 * with a 4xx, none with a 5xx, and none changes anything.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "carepath.intake.rate-limit.requests=100000")
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class MalformedRequestFuzzTests {

	private static final List<String> TABLES = List.of("screening", "screening_contact", "crisis_alert",
			"event_publication", "alert_notification", "on_call_slot", "on_call_exception");

	private static final String SUBMISSION = """
			{"instrument":"phq-9","mode":"self","answers":{"1":"LA6568-5","2":"LA6568-5","3":"LA6568-5",\
			"4":"LA6568-5","5":"LA6568-5","6":"LA6568-5","7":"LA6568-5","8":"LA6568-5","9":"LA6568-5"}}""";

	@LocalServerPort
	int port;

	@Autowired
	TestIssuer keycloak;

	@Autowired
	JdbcClient jdbc;

	@Test
	void malformedRequestsGetA4xxAndChangeNothing() throws Exception {
		String staff = "Authorization: Bearer " + this.keycloak.token("intake", List.of("staff"), "carepath-intake");
		String admin = "Authorization: Bearer "
				+ this.keycloak.token("admin", List.of("admin", "staff"), "carepath-intake");
		UUID unknown = UUID.randomUUID();
		List<Target> targets = List.of(new Target("POST", "/api/intake/screenings", SUBMISSION),
				new Target("POST", "/api/intake/screenings", SUBMISSION, List.of(staff)),
				new Target("GET", "/api/intake/screenings", null, List.of(staff)),
				new Target("GET", "/api/intake/instruments/phq-9", null),
				new Target("POST", "/api/intake/screenings/" + unknown + "/status", "{\"status\":\"in-review\"}",
						List.of(staff)),
				new Target("POST", "/api/intake/screenings/" + unknown + "/contact",
						"{\"name\":\"A\",\"phone\":\"555\",\"consent\":true}"),
				new Target("GET", "/api/intake/alerts", null, List.of(staff)),
				// The seeded all-week slot makes even a well-formed slot a 409: nothing
				// is
				// stored either way.
				new Target("POST", "/api/intake/on-call/slots",
						"{\"startDay\":\"MONDAY\",\"startTime\":\"17:00\",\"endDay\":\"TUESDAY\",\"endTime\":\"09:00\","
								+ "\"primary\":\"a@carepath.test\",\"escalation\":\"b@carepath.test\"}",
						List.of(admin)),
				new Target("PUT", "/api/intake/on-call/escalation-contact", "{\"email\":\"escalation@carepath.test\"}",
						List.of(admin)));
		List<Long> before = counts();

		List<String> failures = new RequestFuzzer(20261206L, "127.0.0.1:" + this.port, targets)
			.answersThatAreNotProblems(this.port, 300);

		assertThat(failures).isEmpty();
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aNulInAQueryParameterIsAnInvalidValueOfThatParameter() throws Exception {
		String staff = "Authorization: Bearer " + this.keycloak.token("intake", List.of("staff"), "carepath-intake");
		FuzzResponse response = RequestFuzzer.send(this.port, RequestFuzzer.request("status=%00",
				"GET /api/intake/screenings?status=%00 HTTP/1.1\nHost: 127.0.0.1\n" + staff + "\n", ""));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aMultipartBodyWithoutABoundaryIsAMalformedRequestAndStoresNothing() throws Exception {
		List<Long> before = counts();
		FuzzResponse response = RequestFuzzer.send(this.port,
				RequestFuzzer.request("multipart without boundary",
						"POST /api/intake/screenings HTTP/1.1\nHost: 127.0.0.1\nContent-Type: multipart/form-data\n",
						SUBMISSION));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(counts()).isEqualTo(before);
	}

	private List<Long> counts() {
		return TABLES.stream()
			.map(table -> this.jdbc.sql("select count(*) from " + table).query(Long.class).single())
			.toList();
	}

}
