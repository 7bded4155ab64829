package org.carepath.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.gatling.app.Gatling$;

/**
 * Runs one Gatling simulation in this JVM (so it can read {@link Samples}), its results
 * and HTML report under {@code results}.
 */
final class GatlingRun {

	private GatlingRun() {
	}

	/**
	 * @return the report's folder, if one was written
	 */
	static Optional<Path> run(Class<?> simulation, Path results, String description, boolean report)
			throws IOException {
		Files.createDirectories(results);
		List<String> args = new ArrayList<>(List.of("--simulation", simulation.getName(), "--results-folder",
				results.toString(), "--run-description", description, "--launcher", "carepath-bench"));
		if (!report) {
			args.add("--no-reports");
		}
		int status = Gatling$.MODULE$.fromArgs(args.toArray(String[]::new));
		if (status != 0) {
			throw new IllegalStateException("Gatling ended with status " + status + " running " + description);
		}
		if (!report) {
			return Optional.empty();
		}
		try (Stream<Path> runs = Files.list(results)) {
			return runs.filter(Files::isDirectory)
				.filter(dir -> Files.exists(dir.resolve("index.html")))
				.max(Comparator.comparing(dir -> dir.toFile().lastModified()));
		}
	}

}
