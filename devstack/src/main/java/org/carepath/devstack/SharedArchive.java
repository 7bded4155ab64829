package org.carepath.devstack;

import java.nio.file.Path;
import java.util.List;

/**
 * A dynamic class-data-sharing archive (JDK 19+, {@code -XX:+AutoCreateSharedArchive})
 * for the JVMs the launcher does not build — Keycloak and the Kafka nodes: the first run
 * writes the classes it loaded when it ends normally (the launcher stops them with
 * SIGTERM), later runs map them instead of loading and verifying them again. The JVM
 * checks the archive against its own version and class path and writes it afresh when
 * they changed, so nothing needs to be invalidated by hand. Used where the AOT caches are
 * ({@link Stack#useAotCaches}): the long-lived data folders of {@code ./carepath up} and
 * the benchmark, never the tests' stacks.
 */
final class SharedArchive {

	private SharedArchive() {
	}

	/** {@code dataDir/aot}, beside the applications' AOT caches. */
	static Path dir(Path dataDir) {
		return dataDir.resolve("aot");
	}

	static List<String> options(Path archive) {
		return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive");
	}

}
