package org.carepath.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.carepath.devstack.BenchStack;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness end to end with tiny durations ({@code --smoke}): it starts its own stack
 * on the bench ports (in target/, not .carepath/bench/), measures every scenario, stops
 * the stack and writes latest.json and a Gatling report. Checks the shape and that the
 * figures are plausible, never how fast anything is.
 */
class BenchSmokeIT {

	private static final List<String> FIGURES = List.of("ready_cold_s", "ready_warm_s", "article_direct_rps",
			"article_gateway_rps", "article_ratio", "jwt_direct_rps", "jwt_gateway_rps", "jwt_ratio",
			"article_page_rps", "article_page_ratio", "submissions_gateway_per_s", "submission_limit_per_s",
			"submission_p99_ms", "event_p50_ms", "event_p99_ms", "raw_kafka_p99_ms", "idle_rss_mb",
			"cpu_ms_per_request");

	@Test
	void smokeRunWritesEveryFigureAndAReport() throws Exception {
		Path root = Path.of(System.getProperty("carepath.root", "..")).toAbsolutePath().normalize();
		Path data = Path.of(System.getProperty("carepath.bench.data", "target/bench-smoke")).toAbsolutePath();

		Map<String, Object> figures = new BenchMain(root, data, BenchStack.ports(System.getenv()),
				new BenchOptions(null, true), System.out)
			.run();

		assertThat(figures).containsKeys(FIGURES.toArray(String[]::new));
		figures.forEach((key, value) -> {
			if (key.equals("idle_rss_mb")) {
				assertThat(((Map<?, ?>) value).keySet().stream().map(Object::toString).toList()).containsAll(Rss.PARTS)
					.contains("total");
				((Map<?, ?>) value)
					.forEach((part, mb) -> assertThat(((Number) mb).doubleValue()).as("RSS of " + part).isPositive());
			}
			else if (key.equals("cpu_ms_per_request")) {
				assertThat(((Map<?, ?>) value).keySet().stream().map(Object::toString).toList()).containsExactly(
						"article_direct", "article_gateway", "jwt_direct", "jwt_gateway", "page_gateway", "submission");
				((Map<?, ?>) value).forEach((scenario, parts) -> assertThat(((Map<?, ?>) parts).get("total"))
					.as("CPU per request of " + scenario)
					.isInstanceOfSatisfying(Number.class, total -> assertThat(total.doubleValue()).isNotNegative()));
			}
			else if (key.equals("submissions_gateway_per_s") || key.equals("event_p50_ms")) {
				// 0 is honest here: a smoke step may miss the 50 ms bound on a cold JVM,
				// and
				// an event may be read before its response on loopback
				assertThat(((Number) value).doubleValue()).as(key).isNotNegative();
			}
			else {
				assertThat(((Number) value).doubleValue()).as(key).isPositive();
			}
		});
		String json = Files.readString(data.resolve("latest.json"));
		FIGURES.forEach(key -> assertThat(json).contains("\"" + key + "\":"));
		try (var reports = Files.walk(data.resolve("gatling"))) {
			assertThat(reports.filter(path -> path.endsWith("index.html")).count()).as("Gatling HTML reports")
				.isPositive();
		}
	}

}
