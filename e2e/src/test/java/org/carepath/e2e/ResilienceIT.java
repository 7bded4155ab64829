package org.carepath.e2e;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import org.carepath.e2e.SteadyLoad.Outcome;
import org.carepath.e2e.SteadyLoad.Results;
import org.carepath.e2e.TopicReader.Published;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CarePath keeps working when any one instance dies
 * (docs/architecture.md#running-several-instances): the stack runs two of each of the
 * gateway, intake and referral, three Kafka brokers, Redis, PostgreSQL, Keycloak and the
 * example partner, under the launcher's supervisor. Each case drives a steady stream of
 * real requests, kills a real process with SIGKILL (or restarts PostgreSQL) in the middle
 * of it, and then counts: requests sent, acknowledged and failed; events expected, seen
 * and seen twice; seconds to recover. The figures are printed for the record.
 */
@Tag("resilience")
@ExtendWith(ReplicatedStack.class)
@TestMethodOrder(OrderAnnotation.class)
class ResilienceIT {

	/** A DAST-10 answered "yes" throughout: next step an assessment referral. */
	private static final String SELF_CHECK = """
			{"instrument":"dast-10","mode":"self","answers":{"1":"LA33-6","2":"LA33-6","3":"LA33-6","4":"LA33-6",\
			"5":"LA33-6","6":"LA33-6","7":"LA33-6","8":"LA33-6","9":"LA33-6","10":"LA33-6"}}""";

	private static final String HARBOR = "6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01";

	/** A steady stream long enough to kill an instance in its middle and see it back. */
	private static final Duration STREAM = Duration.ofSeconds(40);

	private static final Duration KILL_AFTER = Duration.ofSeconds(10);

	private static final Duration DELIVERY = Duration.ofSeconds(90);

	private static final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	@Order(1)
	void aSessionMadeThroughOneGatewayWorksThroughTheOtherAndSurvivesTheFirstOnesDeath() {
		ReplicatedStack stack = ReplicatedStack.get();
		StaffSession session = StaffSession.signIn(stack.gateway(1), "intake");
		assertThat(session.me(stack.gateway(1)).statusCode()).isEqualTo(200);
		assertThat(session.me(stack.gateway(2)).statusCode()).as("the same session through gateway 2").isEqualTo(200);

		stack.kill("gateway", 1);
		HttpResponse<String> afterKill = session.me(stack.gateway(2));
		// a new sign-in through gateway 2 comes back to gateway 2, never to the dead one
		StaffSession.signIn(stack.gateway(2), "clinician");
		Duration back = stack.awaitBack("gateway", 1);
		HttpResponse<String> restarted = session.me(stack.gateway(1));

		Figures.print("gateway 1 killed",
				Map.of("signed in through gateway 2 after the kill", afterKill.statusCode() == 200,
						"signed in through the restarted gateway 1", restarted.statusCode() == 200,
						"gateway 1 restarted by the supervisor in s", back.toMillis() / 1000.0));
		assertThat(afterKill.statusCode()).as(afterKill.body()).isEqualTo(200);
		assertThat(Http.json(afterKill).path("username").asString()).isEqualTo("intake");
		assertThat(restarted.statusCode()).as("the restarted gateway knows the session").isEqualTo(200);
	}

	@Test
	@Order(2)
	void theAnonymousRateLimitIsOneBudgetAcrossBothGateways() throws Exception {
		ReplicatedStack stack = ReplicatedStack.get();
		// Another loopback address than the load's, with the normal budget.
		HttpClient visitor = HttpClient.newBuilder()
			.localAddress(InetAddress.getByName("127.0.0.7"))
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		int accepted = 0;
		int limited = 0;
		Set<Integer> gatewaysThatLimited = new HashSet<>();
		for (int n = 0; limited < 4 && n < 4 * ReplicatedStack.ANONYMOUS_BUDGET; n++) {
			int gateway = 1 + n % 2;
			HttpResponse<String> response = visitor.send(selfCheck(stack.gateway(gateway), "budget-" + n),
					HttpResponse.BodyHandlers.ofString());
			switch (response.statusCode()) {
				case 201 -> accepted++;
				case 429 -> {
					limited++;
					gatewaysThatLimited.add(gateway);
					assertThat(response.headers().firstValue("Retry-After")).isPresent();
				}
				default -> throw new AssertionError(response.statusCode() + " " + response.body());
			}
		}
		Figures.print("anonymous rate limit across two gateways", Map.of("budget per address",
				ReplicatedStack.ANONYMOUS_BUDGET, "accepted", accepted, "refused with 429", limited));
		// A token or two may come back while the loop runs; two budgets would be twice as
		// many.
		assertThat(accepted).isBetween(ReplicatedStack.ANONYMOUS_BUDGET, ReplicatedStack.ANONYMOUS_BUDGET + 2);
		assertThat(gatewaysThatLimited).containsExactlyInAnyOrder(1, 2);
	}

	@Test
	@Order(3)
	void killingAnIntakeInstanceDuringSubmissionsLosesNothingAndItIsRestarted() throws Exception {
		ReplicatedStack stack = ReplicatedStack.get();
		String run = UUID.randomUUID().toString().substring(0, 8);
		SteadyLoad load = new SteadyLoad(Duration.ofMillis(100),
				n -> submit(stack.gateway(1 + n % 2), "kill-intake-" + run + "-" + n))
			.start();
		Thread.sleep(KILL_AFTER.toMillis());
		stack.kill("intake-service", 1);
		Duration back = stack.awaitBack("intake-service", 1);
		Thread.sleep(Math.max(0, STREAM.minus(KILL_AFTER).minus(back).toMillis()));
		Results results = load.stop();

		List<String> acknowledged = results.acknowledgedIds();
		int stored = countIn("intake", "select count(*) from screening where idempotency_key like ?",
				"kill-intake-" + run + "-%");
		Map<String, Long> published = awaitPublished("intake.screenings.v1", acknowledged);
		Figures.print("intake instance 1 killed during submissions",
				figures(results, stored, acknowledged, published, back));
		assertThat(results.failed()).as("failed requests: %s", results.failures()).isZero();
		assertThat(stored).as("each acknowledged screening stored once").isEqualTo(acknowledged.size());
		assertThat(published.keySet()).as("every acknowledged screening published").containsAll(acknowledged);
	}

	@Test
	@Order(4)
	void killingAReferralInstanceDuringReferralsLosesNoneAndThePartnerAppliesEachOnce() throws Exception {
		ReplicatedStack stack = ReplicatedStack.get();
		faultDuringReferrals("referral instance 1 killed during referrals", () -> stack.kill("referral-service", 1),
				() -> stack.awaitBack("referral-service", 1));
	}

	@Test
	@Order(5)
	void killingABrokerDuringReferralsLosesNoneAndThePartnerGetsEachOnce() throws Exception {
		ReplicatedStack stack = ReplicatedStack.get();
		faultDuringReferrals("Kafka broker 2 killed during referrals", () -> stack.kill("kafka", 2),
				() -> stack.awaitBack("kafka", 2));
	}

	@Test
	@Order(6)
	void restartingPostgresUnderLoadAnswersNo500AndEveryServiceRecoversByItself() throws Exception {
		ReplicatedStack stack = ReplicatedStack.get();
		Map<String, Long> processes = stack.applicationProcesses();
		String run = UUID.randomUUID().toString().substring(0, 8);
		SteadyLoad load = new SteadyLoad(Duration.ofMillis(100),
				n -> submit(stack.gateway(1 + n % 2), "pg-restart-" + run + "-" + n))
			.start();
		Thread.sleep(KILL_AFTER.toMillis());
		Instant restart = Instant.now();
		stack.restartPostgres();
		Duration recovered = awaitSubmissionsWork(stack, restart);
		Thread.sleep(5000);
		Results results = load.stop();

		Map<String, Integer> failures = results.failures();
		Figures.print("PostgreSQL restarted under load",
				Map.of("sent", results.sent(), "acknowledged", results.acknowledgedIds().size(), "failed",
						results.failed(), "failures by answer", failures, "submissions work again after s",
						recovered.toMillis() / 1000.0, "application processes unchanged",
						stack.applicationProcesses().equals(processes)));
		assertThat(failures.keySet()).as("honest answers only: 503 (or 429), never a 500 or a hang")
			.allMatch(why -> why.equals("503") || why.equals("429"));
		assertThat(stack.applicationProcesses()).as("no service needed a restart").isEqualTo(processes);
		int stored = countIn("intake", "select count(*) from screening where idempotency_key like ?",
				"pg-restart-" + run + "-%");
		List<String> acknowledged = results.acknowledgedIds();
		assertThat(storedAmong("intake", acknowledged)).as("every acknowledged screening stored")
			.isEqualTo(acknowledged.size());
		// A commit whose answer was lost as PostgreSQL went down is stored although its
		// client got a 503:
		// the client's retry with the same Idempotency-Key gets it back, and a key stores
		// at most once.
		assertThat(stored).as("stored: the acknowledged ones, plus at most the 503s whose commit was in doubt")
			.isBetween(acknowledged.size(), acknowledged.size() + failures.getOrDefault("503", 0));
	}

	// ---- referrals under a fault ----

	private void faultDuringReferrals(String name, Runnable fault, java.util.function.Supplier<Duration> awaitBack)
			throws Exception {
		ReplicatedStack stack = ReplicatedStack.get();
		String token = Keycloak.userToken(stack.ports(), "clinician");
		String run = UUID.randomUUID().toString().substring(0, 8);
		ConsentTexts texts = consentTexts(stack, token);
		double storedBefore = partnerCounter(stack, "stored");
		double redeliveredBefore = partnerCounter(stack, "redelivered");
		SteadyLoad load = new SteadyLoad(Duration.ofMillis(250),
				n -> refer(stack.gateway(1 + n % 2), token, texts, "refer-" + run + "-" + n))
			.start();
		Thread.sleep(KILL_AFTER.toMillis());
		fault.run();
		Duration back = awaitBack.get();
		Thread.sleep(Math.max(0, STREAM.minus(KILL_AFTER).minus(back).toMillis()));
		Results results = load.stop();

		List<String> acknowledged = results.acknowledgedIds();
		// the referrals the run's keys made, and what was disclosed for them
		String made = "(select referral_id from referral_idempotency_key where idempotency_key like ?)";
		int stored = countIn("referral", "select count(*) from referral where id in " + made, "refer-" + run + "-%");
		int disclosures = countIn("referral", "select count(*) from disclosure where referral_id in " + made,
				"refer-" + run + "-%");
		Map<String, Long> published = awaitPublished("referrals.partner.harbor.v1", acknowledged);
		awaitPartnerStored(stack, storedBefore + acknowledged.size());
		double applied = partnerCounter(stack, "stored") - storedBefore;
		double redelivered = partnerCounter(stack, "redelivered") - redeliveredBefore;
		Map<String, Object> figures = figures(results, stored, acknowledged, published, back);
		figures.put("disclosures", disclosures);
		figures.put("applied by the partner", (long) applied);
		figures.put("recognised as redelivered by the partner", (long) redelivered);
		Figures.print(name, figures);
		assertThat(results.failed()).as("failed requests: %s", results.failures()).isZero();
		assertThat(stored).as("each acknowledged referral made once").isEqualTo(acknowledged.size());
		assertThat(disclosures).as("and disclosed once").isEqualTo(acknowledged.size());
		assertThat(published.keySet()).as("every acknowledged referral sent to the partner").containsAll(acknowledged);
		assertThat((long) applied).as("the partner applied each referral once").isEqualTo(acknowledged.size());
	}

	// ---- requests ----

	private static HttpRequest selfCheck(String gateway, String idempotencyKey) {
		return HttpRequest.newBuilder(URI.create(gateway + "/api/intake/screenings"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", idempotencyKey)
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(SELF_CHECK))
			.build();
	}

	private static Outcome submit(String gateway, String idempotencyKey) {
		return send(selfCheck(gateway, idempotencyKey), "id");
	}

	private static Outcome refer(String gateway, String token, ConsentTexts texts, String idempotencyKey) {
		String body = Http.json.writeValueAsString(referral(texts));
		return send(HttpRequest.newBuilder(URI.create(gateway + "/api/referrals"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", idempotencyKey)
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), "id");
	}

	/**
	 * Acknowledged: 201, or 200 when the gateway repeated a keyed request on another
	 * instance after the first one died having stored it (the service answers with what
	 * the key made).
	 */
	private static Outcome send(HttpRequest request, String idField) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 201 || response.statusCode() == 200) {
				return Outcome.acked(Http.json(response).path(idField).asString());
			}
			return Outcome.failed(String.valueOf(response.statusCode()));
		}
		catch (java.net.http.HttpTimeoutException ex) {
			return Outcome.failed("timeout");
		}
		catch (java.io.IOException ex) {
			return Outcome.failed(ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Outcome.failed("interrupted");
		}
	}

	/** A referral to Harbor of a screening the test makes up, with a complete consent. */
	private static Map<String, Object> referral(ConsentTexts texts) {
		String today = java.time.LocalDate.now(java.time.ZoneId.of("America/New_York")).toString();
		return Map.of("screeningId", UUID.randomUUID().toString(), "programId", HARBOR, "levelOfCare",
				Map.of("edition", "3", "code", "2.1"), "reasonCategory", "substance-use", "patient",
				Map.of("name", "Test Person", "preferredContact", "phone", "phone", "555-0100"), "share",
				Map.of("contact", false, "scores", false), "consent",
				Map.of("patientName", "Test Person", "discloser", "CarePath Counseling Clinic", "information",
						Map.of("description", texts.description(), "elements",
								List.of("level-of-care", "reason-category")),
						"recipient", Map.of("programId", HARBOR, "name", "Harbor Youth & Family Outpatient"), "purpose",
						"treatment-referral", "revocationStatement", texts.revocationStatement(), "expiresOn",
						java.time.LocalDate.parse(today).plusMonths(6).toString(), "signature",
						Map.of("signedBy", "Test Person", "signerRole", "patient", "typedSignature", "Test Person",
								"method", "typed-e-signature"),
						"signedOn", today));
	}

	/**
	 * The texts a consent must carry word for word, as the referral service serves them.
	 */
	private record ConsentTexts(String description, String revocationStatement) {
	}

	/** For a referral sharing nothing beyond level of care and reason. */
	private static ConsentTexts consentTexts(ReplicatedStack stack, String token) {
		HttpResponse<String> terms = Http.get(stack.gateway(1) + "/api/referrals/consent-terms", token);
		assertThat(terms.statusCode()).as(terms.body()).isEqualTo(200);
		JsonNode json = Http.json(terms);
		return new ConsentTexts(json.path("description").asString(), json.path("revocationStatement").asString());
	}

	// ---- what arrived ----

	/**
	 * Waits until every acknowledged id is on the topic (as a record key), and counts the
	 * records per key.
	 */
	private static Map<String, Long> awaitPublished(String topic, Collection<String> acknowledged) throws Exception {
		ReplicatedStack stack = ReplicatedStack.get();
		Instant deadline = Instant.now().plus(DELIVERY);
		Map<String, Long> perKey;
		do {
			List<Published> records = topic.startsWith("referrals.partner.") ? stack.partnerReader().readAll(topic)
					: stack.serviceReader().readAll(topic);
			perKey = records.stream()
				.filter(record -> acknowledged.contains(record.key()))
				.collect(Collectors.groupingBy(Published::key, Collectors.counting()));
			if (perKey.keySet().containsAll(acknowledged)) {
				break;
			}
			Thread.sleep(2000);
		}
		while (Instant.now().isBefore(deadline));
		return perKey;
	}

	private static double partnerCounter(ReplicatedStack stack, String outcome) {
		HttpResponse<String> metric = Http
			.get(stack.partnerUrl() + "/actuator/metrics/partner.referral.requests?tag=outcome:" + outcome);
		if (metric.statusCode() == 404) {
			return 0; // not counted yet
		}
		assertThat(metric.statusCode()).as(metric.body()).isEqualTo(200);
		return Http.json(metric).at("/measurements/0/value").asDouble();
	}

	private static void awaitPartnerStored(ReplicatedStack stack, double expected) throws InterruptedException {
		Instant deadline = Instant.now().plus(DELIVERY);
		while (partnerCounter(stack, "stored") < expected && Instant.now().isBefore(deadline)) {
			Thread.sleep(1000);
		}
	}

	private static Duration awaitSubmissionsWork(ReplicatedStack stack, Instant since) throws InterruptedException {
		Instant deadline = since.plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			Outcome outcome = submit(stack.gateway(1), "pg-probe-" + UUID.randomUUID());
			if (outcome.acknowledged()) {
				return Duration.between(since, Instant.now());
			}
			Thread.sleep(500);
		}
		throw new AssertionError("Submissions did not work again within 2 minutes of the PostgreSQL restart");
	}

	private static int countIn(String database, String sql, String parameter) throws SQLException {
		try (Connection connection = ReplicatedStack.get().database(database);
				PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, parameter);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

	/** How many of these screening ids are stored. */
	private static int storedAmong(String database, List<String> ids) throws SQLException {
		try (Connection connection = ReplicatedStack.get().database(database);
				PreparedStatement query = connection
					.prepareStatement("select count(*) from screening where id = any(?::uuid[])")) {
			query.setArray(1, connection.createArrayOf("text", ids.toArray()));
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

	private static Map<String, Object> figures(Results results, int stored, List<String> acknowledged,
			Map<String, Long> published, Duration back) {
		Map<String, Object> figures = new java.util.LinkedHashMap<>();
		figures.put("requests sent", results.sent());
		figures.put("acknowledged", acknowledged.size());
		figures.put("failed", results.failed());
		figures.put("failures by answer", results.failures());
		figures.put("stored", stored);
		figures.put("events expected", acknowledged.size());
		figures.put("events seen", published.size());
		figures.put("events published twice", published.values().stream().filter(count -> count > 1).count());
		figures.put("instance back after s", back.toMillis() / 1000.0);
		return figures;
	}

}
