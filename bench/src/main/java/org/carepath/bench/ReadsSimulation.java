package org.carepath.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Reads side by side, closed model: a fixed number of users, each with its own keep-alive
 * connection, run the phases of {@link Plan#current()} one after the other (article API
 * direct, then through the gateway, and so on), the whole list {@code rounds} times, so
 * that each pair is measured in alternation under the same machine load. Each phase is a
 * request name of its own in the report.
 */
public class ReadsSimulation extends Simulation {

	/**
	 * One phase: requests named {@code name} to {@code url}, accepting {@code accept},
	 * with a bearer token or none (null).
	 */
	record Phase(String name, String url, String accept, String token) {
	}

	/** What the next run does; set by the bench before it starts Gatling. */
	record Plan(List<Phase> phases, int users, Duration phase, int rounds) {

		private static volatile Plan current;

		static Plan current() {
			return current;
		}

		void use() {
			current = this;
		}

	}

	/**
	 * When each phase of each round began (the first user to enter it), for
	 * {@link #windows}.
	 */
	private static final Map<String, Long> STARTED = new ConcurrentHashMap<>();

	private static Session started(Phase phase, Session session) {
		STARTED.putIfAbsent(phase.name() + "#" + session.getInt("round"), System.nanoTime());
		return session;
	}

	/**
	 * The time windows ({@link System#nanoTime} from, to) in which the last run ran the
	 * phase, one per round.
	 */
	static List<long[]> windows(String phase) {
		Plan plan = Plan.current();
		long length = plan.phase().toNanos();
		return STARTED.entrySet()
			.stream()
			.filter(entry -> entry.getKey().startsWith(phase + "#"))
			.map(entry -> new long[] { entry.getValue(), entry.getValue() + length })
			.toList();
	}

	public ReadsSimulation() {
		STARTED.clear();
		Plan plan = Plan.current();
		ChainBuilder round = exec(plan.phases()
			.stream()
			.map(phase -> exec(session -> started(phase, session)).exec(during(plan.phase())
				.on(exec(request(phase)).exec(session -> Recording.record(phase.name(), session)))))
			.toList());
		ScenarioBuilder reads = scenario("reads").repeat(plan.rounds(), "round").on(round);
		setUp(reads.injectOpen(atOnceUsers(plan.users()))).protocols(http.disableCaching());
	}

	private static HttpRequestActionBuilder request(Phase phase) {
		HttpRequestActionBuilder request = http(phase.name()).get(phase.url())
			.header("Accept", phase.accept())
			.check(responseTimeInMillis().saveAs(Recording.TIME), status().is(200).saveAs(Recording.STATUS));
		return phase.token() == null ? request : request.header("Authorization", "Bearer " + phase.token());
	}

}
