package org.carepath.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keycloak from the distribution tarball, unpacked once into {@code dataDir/keycloak},
 * built once for our build-time options ({@code kc.sh build}) and then started with
 * {@code start --optimized} on the local PostgreSQL, importing the carepath realm when it
 * does not exist yet. {@code start-dev} would redo that build (Quarkus augmentation, tens
 * of seconds on two cores) at every start.
 */
final class Keycloak {

	private final Path home;

	private final Path tarball;

	private final Path javaHome;

	private final Path log;

	/**
	 * @param home {@code dataDir/keycloak}; the distribution lands in a keycloak-x.y.z
	 * folder inside it
	 */
	private Path sharedArchive;

	Keycloak(Path home, Path tarball, Path javaHome, Path log) {
		this.home = home;
		this.tarball = tarball;
		this.javaHome = javaHome;
		this.log = log;
	}

	/**
	 * A marker written after a complete extraction; it names the tarball so a new
	 * Keycloak version re-extracts.
	 */
	private Path extractedMarker() {
		return home.resolve(".extracted");
	}

	boolean needsExtraction() throws IOException {
		return !Files.exists(extractedMarker()) || !Files.readString(extractedMarker()).equals(tarballIdentity());
	}

	/**
	 * What {@code start-dev} gave that {@code start} needs said at build time: the
	 * database vendor. (The cache is a start option: {@link #start}.)
	 */
	static final List<String> BUILD_OPTIONS = List.of("--db=postgres");

	/**
	 * A marker written after a successful {@code kc.sh build}: it names the options and
	 * the tarball, so new options or a new distribution build again.
	 */
	private Path builtMarker() {
		return home.resolve(".built");
	}

	boolean needsBuild() throws IOException {
		return !Files.exists(builtMarker()) || !Files.readString(builtMarker()).equals(buildIdentity());
	}

	private String buildIdentity() throws IOException {
		return tarballIdentity() + " " + String.join(" ", BUILD_OPTIONS);
	}

	/**
	 * {@code kc.sh build}: needs no database, so it runs while PostgreSQL starts. Only
	 * when {@link #needsBuild}.
	 */
	void build() throws IOException, InterruptedException, StackException {
		Path distribution = distribution();
		Files.deleteIfExists(builtMarker());
		List<String> command = new ArrayList<>(List.of(distribution.resolve("bin/kc.sh").toString(), "build"));
		command.addAll(BUILD_OPTIONS);
		ProcessBuilder builder = new ProcessBuilder(command).directory(distribution.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment());
		Process kcBuild = builder.start();
		try {
			if (!kcBuild.waitFor(5, TimeUnit.MINUTES) || kcBuild.exitValue() != 0) {
				throw new StackException("Building Keycloak (kc.sh build) failed — see " + log
						+ "; start again with --reset to unpack it afresh.");
			}
		}
		finally {
			kcBuild.destroyForcibly();
		}
		Files.writeString(builtMarker(), buildIdentity());
	}

	private Map<String, String> environment() {
		return Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-dev",
				"JAVA_OPTS_KC_HEAP", JvmOptions.keycloak(), "MALLOC_ARENA_MAX", "2",
				// avoids an error at shutdown on JDK 25
				"JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED", "JAVA_HOME", javaHome.toString());
	}

	private String tarballIdentity() throws IOException {
		return tarball.getFileName() + " " + Files.size(tarball) + " " + Files.getLastModifiedTime(tarball).toMillis();
	}

	void extract() throws IOException, InterruptedException, StackException {
		if (Files.exists(home)) {
			FileTree.delete(home);
		}
		Files.createDirectories(home);
		Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", home.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			if (!tar.waitFor(5, TimeUnit.MINUTES) || tar.exitValue() != 0) {
				throw new StackException("Unpacking " + tarball + " failed — see " + log
						+ "; delete it and run ./mvnw -DskipTests package.");
			}
		}
		finally {
			tar.destroyForcibly();
		}
		Files.writeString(extractedMarker(), tarballIdentity());
	}

	Path distribution() throws IOException, StackException {
		try (Stream<Path> entries = Files.list(home)) {
			return entries.filter(dir -> Files.isRegularFile(dir.resolve("bin/kc.sh")))
				.findFirst()
				.orElseThrow(() -> new StackException(
						"No Keycloak in " + home + " — start again with --reset to unpack it afresh."));
		}
	}

	ChildProcess start(StackPorts ports) throws IOException, StackException {
		return start(ports, Realm.render(ports), false);
	}

	/**
	 * @param realm the realm to import into an empty database
	 * @param appendLog true for a restart: the log of the run that died is kept
	 */
	ChildProcess start(StackPorts ports, String realm, boolean appendLog) throws IOException, StackException {
		Path distribution = distribution();
		Path imports = distribution.resolve("data/import");
		Files.createDirectories(imports);
		Files.writeString(imports.resolve("carepath-realm.json"), realm);
		if (needsBuild()) {
			throw new StackException("Keycloak is not built yet — start again with --reset to unpack it afresh.");
		}
		// production mode: plain HTTP must be allowed, as start-dev did, and only on
		// loopback; a local cache, as start-dev had, instead of an Infinispan cluster
		// that looks for its peers through the database over JGroups ports on every
		// interface (and takes seconds of each start doing it)
		List<String> command = List.of(distribution.resolve("bin/kc.sh").toString(), "start", "--optimized",
				"--cache=local", "--import-realm", "--http-enabled=true", "--http-host=127.0.0.1",
				"--http-port=" + ports.keycloak(),
				// the issuer in tokens, whatever host name a request used
				"--hostname=" + ports.keycloakUrl(),
				"--db-url=jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/keycloak", "--db-username=keycloak",
				"--db-password=" + Databases.password("keycloak"));
		Map<String, String> environment = new HashMap<>(environment());
		if (sharedArchive != null) {
			environment.merge("JAVA_OPTS_APPEND", String.join(" ", SharedArchive.options(sharedArchive)),
					(own, archive) -> own + " " + archive);
		}
		return ChildProcess.start("Keycloak", command, environment, distribution, log, appendLog, home.toString());
	}

	/**
	 * Keycloak's server JVM keeps its loaded classes in a dynamic CDS archive
	 * ({@link SharedArchive}); the build's JVM does not (other classes).
	 */
	void useSharedArchive(Path archive) {
		this.sharedArchive = archive;
	}

}
