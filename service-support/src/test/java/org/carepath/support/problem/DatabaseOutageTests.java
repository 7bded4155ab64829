package org.carepath.support.problem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.carepath.support.openapi.ApiDocumentationAutoConfiguration;
import org.carepath.support.test.RestartablePostgres;
import org.carepath.support.test.RestartablePostgresConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A PostgreSQL outage in an app with the shared defaults: a real server stopped and
 * started again on the same port, under a real connection pool and web server.
 */
@SpringBootTest(classes = DatabaseOutageTests.NotesApp.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "carepath.security.audience=carepath-test")
@Import(RestartablePostgresConfiguration.class)
class DatabaseOutageTests {

	/** Longer than the pool's connection-timeout: a request that hangs fails the test. */
	private static final Duration NO_HANG = Duration.ofSeconds(15);

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	RestartablePostgres postgres;

	@Autowired
	DataSource dataSource;

	@LocalServerPort
	int port;

	@Test
	void whileTheDatabaseIsDownReadsAndWritesGetA503ProblemAndTheAppRecoversByItselfWhenItIsBack() throws Exception {
		assertThat(send("POST").statusCode()).isEqualTo(201);

		this.postgres.stop();
		try {
			for (String method : new String[] { "GET", "POST" }) {
				HttpResponse<String> response = send(method);
				assertThat(response.statusCode()).as(method).isEqualTo(503);
				assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
				assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
				assertThat(response.body()).contains("\"type\":\"urn:carepath:problem:service-unavailable\"");
			}
		}
		finally {
			this.postgres.restart();
		}

		// Same application context, no restart: the pool opens new connections itself.
		HttpResponse<String> read = untilServed("GET");
		assertThat(read.body()).isEqualTo("1");
		assertThat(untilServed("POST").statusCode()).isEqualTo(201);
		assertThat(send("GET").body()).isEqualTo("2");
	}

	@Test
	void aRollbackOnAConnectionThePoolHasDroppedMeansTheDatabaseIsUnavailable() throws Exception {
		Connection connection = this.dataSource.getConnection();
		connection.close();

		SQLException rollback = catchThrowableOfType(SQLException.class, connection::rollback);

		assertThat(DatabaseUnavailable.isCause(new IllegalStateException("Unable to rollback", rollback))).isTrue();
		assertThat(DatabaseUnavailable.isCause(new SQLException("syntax error", "42601"))).isFalse();
	}

	private HttpResponse<String> untilServed(String method) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		HttpResponse<String> response = send(method);
		while (response.statusCode() == 503 && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
			response = send(method);
		}
		assertThat(response.statusCode()).as(method + " after the restart").isBetween(200, 299);
		return response;
	}

	private HttpResponse<String> send(String method) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/notes"))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.timeout(NO_HANG)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration
	// No event publication registry here; service-support compiles against Modulith's
	// events core (OutboxLatencyAutoConfiguration), which would bring one in.
	@EnableAutoConfiguration(exclude = ApiDocumentationAutoConfiguration.class,
			excludeName = { "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
					"org.springframework.modulith.events.config.EventExternalizationAutoConfiguration" })
	@Import(NotesController.class)
	static class NotesApp {

		@Bean
		SecurityFilterChain openToAll(HttpSecurity http) {
			return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
				.csrf(csrf -> csrf.disable())
				.build();
		}

		@Bean
		ApplicationRunner notesTable(JdbcClient jdbc) {
			return args -> jdbc.sql("create table if not exists note (id serial primary key)").update();
		}

	}

	@RestController
	static class NotesController {

		private final JdbcClient jdbc;

		NotesController(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping("/notes")
		String count() {
			return String.valueOf(this.jdbc.sql("select count(*) from note").query(Long.class).single());
		}

		@PostMapping("/notes")
		@Transactional
		ResponseEntity<Void> add() {
			this.jdbc.sql("insert into note default values").update();
			return ResponseEntity.status(201).build();
		}

	}

}
