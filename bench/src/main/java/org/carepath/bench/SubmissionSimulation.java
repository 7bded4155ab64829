package org.carepath.bench;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Screening submissions through the gateway, open model: {@code rate} new anonymous
 * self-checks per second for {@code duration}, each with its own Idempotency-Key, however
 * slowly the stack answers (a closed model would slow down with it and hide the queue).
 * Connections are shared between the virtual users (keep-alive, as a browser population
 * behind the gateway's ingress would be), so TCP handshakes are not what is measured.
 * With {@code trackEvents}, each acknowledged screening's id and the time its response
 * arrived go to {@link EventLatency}.
 */
public class SubmissionSimulation extends Simulation {

	/**
	 * A DAST-10 self-check answered "yes" throughout: no crisis, next step an assessment
	 * referral.
	 */
	static final String SELF_CHECK = """
			{"instrument":"dast-10","mode":"self","answers":{"1":"LA33-6","2":"LA33-6","3":"LA33-6","4":"LA33-6",\
			"5":"LA33-6","6":"LA33-6","7":"LA33-6","8":"LA33-6","9":"LA33-6","10":"LA33-6"}}""";

	record Plan(String name, String gateway, int rate, Duration duration, boolean trackEvents) {

		private static volatile Plan current;

		static Plan current() {
			return current;
		}

		void use() {
			current = this;
		}

	}

	public SubmissionSimulation() {
		Plan plan = Plan.current();
		ScenarioBuilder submissions = scenario("submissions " + plan.rate() + "/s")
			.exec(http(plan.name()).post(plan.gateway() + "/api/intake/screenings")
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", "#{randomUuid()}")
				.body(StringBody(SELF_CHECK))
				.check(responseTimeInMillis().saveAs(Recording.TIME), status().in(200, 201).saveAs(Recording.STATUS),
						jsonPath("$.id").saveAs("screening")))
			.exec(session -> {
				if (plan.trackEvents() && session.contains("screening")) {
					EventLatency.responded(session.getString("screening"), System.nanoTime());
				}
				return Recording.record(plan.name(), session);
			});
		setUp(submissions.injectOpen(constantUsersPerSec(plan.rate()).during(plan.duration())))
			.protocols(http.shareConnections().acceptHeader("application/json"));
	}

}
