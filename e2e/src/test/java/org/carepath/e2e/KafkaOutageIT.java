package org.carepath.e2e;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka takes the services' logins as Keycloak tokens (docs/kafka-operations.md). Neither
 * a broker crash nor a Keycloak outage longer than a token's life may lose a screening
 * intake acknowledged: the outbox holds its event and sends it once the broker takes the
 * service's login again, and referral-service then records it (a referral suggestion for
 * a screening whose next step is an assessment referral). Real processes are killed
 * (SIGKILL). Long: the Keycloak case waits out a token's life (90 s in the end-to-end
 * stack's realm, {@link CarePathStack#TOKEN_LIFESPAN}), as the issue asks.
 */
@ExtendWith(CarePathStack.class)
@TestMethodOrder(OrderAnnotation.class)
class KafkaOutageIT {

	/**
	 * The e2e realm's access token lifespan, and a margin for the clients' clocks.
	 */
	private static final Duration TOKEN_LIFE = CarePathStack.TOKEN_LIFESPAN.plusSeconds(20);

	private static final Duration DELIVERY = Duration.ofMinutes(4);

	/**
	 * A DAST-10 answered "yes" throughout: high band, next step an assessment referral.
	 */
	private static final String SELF_CHECK = """
			{"instrument":"dast-10","mode":"self","answers":{"1":"LA33-6","2":"LA33-6","3":"LA33-6","4":"LA33-6",\
			"5":"LA33-6","6":"LA33-6","7":"LA33-6","8":"LA33-6","9":"LA33-6","10":"LA33-6"}}""";

	@Test
	@Order(1)
	void screeningsAcknowledgedWhileTheBrokerIsDownReachReferralOnceItIsBack() throws Exception {
		CarePathStack.stack().crashKafka();
		List<UUID> acknowledged = submit(3);
		assertThat(recordedByReferral(acknowledged)).as("nothing can reach referral without a broker").isZero();

		CarePathStack.stack().startKafkaAgain();

		awaitRecordedByReferral(acknowledged);
	}

	@Test
	@Order(2)
	void screeningsAcknowledgedWhileKeycloakIsDownLongerThanATokensLifeReachReferralOnceItIsBack() throws Exception {
		CarePathStack.stack().crashKeycloak();
		// Every token the services hold has expired by now: the broker refuses their
		// logins and re-authentications.
		Thread.sleep(TOKEN_LIFE.toMillis());
		List<UUID> acknowledged = submit(3);
		Thread.sleep(Duration.ofSeconds(20).toMillis());
		assertThat(recordedByReferral(acknowledged)).as("events held while Kafka refuses expired tokens").isZero();
		assertThat(heldByIntakesOutbox()).as("intake's outbox holds them").isGreaterThanOrEqualTo(3);

		CarePathStack.stack().startKeycloakAgain();

		awaitRecordedByReferral(acknowledged);
	}

	/** Self-checks through the gateway, each acknowledged (201) with its id. */
	private static List<UUID> submit(int count) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			HttpResponse<String> response = Http.postJson(CarePathStack.gateway() + "/api/intake/screenings",
					SELF_CHECK);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
			ids.add(UUID.fromString(Http.json(response).path("id").asString()));
		}
		return ids;
	}

	private static void awaitRecordedByReferral(List<UUID> screenings) throws Exception {
		Instant deadline = Instant.now().plus(DELIVERY);
		while (recordedByReferral(screenings) < screenings.size() && Instant.now().isBefore(deadline)) {
			Thread.sleep(1000);
		}
		assertThat(recordedByReferral(screenings)).as("screenings referral-service recorded, each once")
			.isEqualTo(screenings.size());
	}

	private static int recordedByReferral(List<UUID> screenings) throws SQLException {
		int recorded = 0;
		try (Connection referral = database("referral");
				PreparedStatement query = referral
					.prepareStatement("select count(*) from referral_suggestion where screening_id = ?")) {
			for (UUID screening : screenings) {
				query.setObject(1, screening);
				try (ResultSet rows = query.executeQuery()) {
					rows.next();
					recorded += rows.getInt(1);
				}
			}
		}
		return recorded;
	}

	private static int heldByIntakesOutbox() throws SQLException {
		try (Connection intake = database("intake");
				PreparedStatement query = intake
					.prepareStatement("select count(*) from event_publication where completion_date is null");
				ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getInt(1);
		}
	}

	/**
	 * The stack's own database of a service; its role and dev password are named after
	 * it.
	 */
	private static Connection database(String name) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + CarePathStack.PORTS.postgres() + "/" + name,
				name, name + "-dev");
	}

}
