package org.carepath.devstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JDK 25's ahead-of-time cache (JEP 483/514) for one application: classes loaded and
 * linked, and method profiles, from a training run, so that the next start skips most of
 * that work. A cache only serves the exact classpath it was trained on, and a fat jar's
 * nested jars are not a classpath the JVM can cache: the application runs from its
 * extracted form ({@code java -Djarmode=tools -jar x.jar extract}) in
 * {@code dataDir/aot/<module>/}. Everything there is made afresh when the jar, the JVM
 * options or the JDK change.
 */
final class AotCache {

	private static final Logger log = LoggerFactory.getLogger(AotCache.class);

	/** {@code -XX:AOTCacheOutput}, the one-step training, came with JDK 25 (JEP 514). */
	static boolean supported() {
		return Runtime.version().feature() >= 25;
	}

	private final Path dir;

	private final Path fatJar;

	private final Path java;

	private final List<String> jvmOptions;

	AotCache(Path dataDir, App app, Path fatJar, Path java, List<String> jvmOptions) {
		this.dir = dataDir.resolve("aot").resolve(app.module());
		this.fatJar = fatJar;
		this.java = java;
		this.jvmOptions = List.copyOf(jvmOptions);
	}

	private Path extractedJar() {
		return dir.resolve(fatJar.getFileName());
	}

	private Path cache() {
		return dir.resolve("app.aot");
	}

	private Path identityFile() {
		return dir.resolve("identity");
	}

	/** The jar (size and time), the JVM options and the JDK the cache belongs to. */
	private String identity() throws IOException {
		return fatJar.getFileName() + " " + Files.size(fatJar) + " " + Files.getLastModifiedTime(fatJar).toMillis()
				+ "\n" + String.join(" ", jvmOptions) + "\n" + Runtime.version();
	}

	private boolean extractedIsCurrent() throws IOException {
		return Files.exists(identityFile()) && Files.readString(identityFile()).equals(identity())
				&& Files.isRegularFile(extractedJar());
	}

	/**
	 * How to run the application: from the extracted jar, with the cache when there is
	 * one; the fat jar when extracting failed (logged, the start goes on without a
	 * cache).
	 */
	List<String> jarArguments() throws IOException, InterruptedException {
		if (!extractedIsCurrent() && !extract()) {
			return List.of("-jar", fatJar.toString());
		}
		List<String> arguments = new ArrayList<>();
		if (isTrained()) {
			arguments.add("-XX:AOTCache=" + cache());
		}
		arguments.addAll(List.of("-jar", extractedJar().toString()));
		return arguments;
	}

	boolean isTrained() throws IOException {
		return extractedIsCurrent() && Files.isRegularFile(cache());
	}

	private boolean extract() throws IOException, InterruptedException {
		if (Files.exists(dir)) {
			FileTree.delete(dir);
		}
		Files.createDirectories(dir);
		Path extractLog = dir.resolve("extract.log");
		Process extract = new ProcessBuilder(java.toString(), "-Djarmode=tools", "-jar", fatJar.toString(), "extract",
				"--destination", dir.toString(), "--force")
			.redirectErrorStream(true)
			.redirectOutput(extractLog.toFile())
			.start();
		try {
			if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0) {
				log.warn("Extracting {} failed (see {}): running the fat jar, without an AOT cache", fatJar,
						extractLog);
				return false;
			}
		}
		finally {
			extract.destroyForcibly();
		}
		Files.writeString(identityFile(), identity());
		return true;
	}

	/**
	 * The training run: the application's own start up to a refreshed context (Spring's
	 * {@code spring.context.exit=onRefresh}: no web server, no Kafka listeners, so it
	 * runs beside the running instance), then the JVM writes the cache. Needs what the
	 * application connects to while starting (PostgreSQL, Keycloak's issuer).
	 * @param arguments the application's own arguments, as the running instance has them
	 * @return whether a cache was written
	 */
	boolean train(List<String> arguments, Path trainingLog) throws IOException, InterruptedException {
		if (!extractedIsCurrent() && !extract()) {
			return false;
		}
		Path output = dir.resolve("app.aot.new");
		Files.deleteIfExists(output);
		List<String> command = new ArrayList<>();
		command.add(java.toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-XX:AOTCacheOutput=" + output, "-Dspring.context.exit=onRefresh", "-jar",
				extractedJar().toString()));
		command.addAll(arguments);
		Process training = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(trainingLog.toFile())
			.start();
		try {
			if (!training.waitFor(5, TimeUnit.MINUTES) || !Files.isRegularFile(output)) {
				log.warn("The AOT training run of {} wrote no cache (see {})", fatJar.getFileName(), trainingLog);
				return false;
			}
		}
		finally {
			training.descendants().forEach(ProcessHandle::destroyForcibly);
			training.destroyForcibly();
		}
		Files.move(output, cache(), StandardCopyOption.REPLACE_EXISTING);
		return true;
	}

}
