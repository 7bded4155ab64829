package org.carepath.devstack;

import java.util.ArrayList;
import java.util.List;

/**
 * The memory and JIT options of every JVM the stack starts — the applications, Kafka's
 * nodes, Keycloak and the mail server — in one place. Sized for a laptop running a dozen
 * JVMs: idle memory over peak throughput, as the benchmark's {@code idle_rss_mb} measures
 * it (bench/README.md; README.md, "Memory", gives the figures). Every one of them also
 * runs with {@link Stack#JVM_ENVIRONMENT} ({@code MALLOC_ARENA_MAX=2}).
 *
 * <p>
 * The serial collector everywhere: on two cores a parallel one has nothing to run on, and
 * it keeps no remembered sets (G1's, measured in Keycloak at a 256 MB heap: 41 MB of
 * native memory for the collector against the serial one's 0.3 MB). C1 only for a
 * developer's quick start ({@code production} false), which starts sooner and compiles
 * little; all of the JIT in production mode (the benchmark).
 */
final class JvmOptions {

	/**
	 * glibc keeps what the JIT's compiler threads freed (tens of MB after C2 has compiled
	 * under load); trimming every 5 s gives it back once idle, at no measurable cost.
	 * Product flag since JDK 22.
	 */
	private static final String TRIM_NATIVE_HEAP = "-XX:TrimNativeHeapInterval=5000";

	private JvmOptions() {
	}

	/**
	 * Spring's build-time processing of each application's context, which the build puts
	 * in every application's jar (the parent POM's {@code process-aot}): bean definitions
	 * from generated code instead of classpath scanning, reflection and condition
	 * evaluation at every start. The build evaluated the conditions without a profile and
	 * without demo data, so only a stack that runs the applications that way may use it.
	 */
	static final String SPRING_AOT = "-Dspring.aot.enabled=true";

	/**
	 * The applications': the heap starts small and grows only as far as the load needs.
	 * @param springAot whether the applications run with {@link #SPRING_AOT}: when their
	 * settings switch no bean on or off that the build's conditions decided (the demo
	 * data does)
	 */
	static List<String> applications(boolean production, boolean springAot) {
		List<String> options = new ArrayList<>(
				with(production, "-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=256m"));
		if (springAot) {
			options.add(SPRING_AOT);
		}
		return List.copyOf(options);
	}

	/**
	 * A Kafka node's (and its storage formatter's): without {@code -Xms} the JVM would
	 * commit a sixty-fourth of the machine's memory up to {@code -Xmx} at once (all 256
	 * MB on 24 GB) and fill it with garbage before its first collection.
	 */
	static List<String> kafka(boolean production) {
		return with(production, "-Xms32m", "-Xmx256m", "-XX:+UseSerialGC");
	}

	/**
	 * The mail server's (GreenMail, a few test mails at a time): a small heap, C1 only,
	 * whatever the stack, so that it adds little to the stack's idle memory (README.md,
	 * "Memory").
	 */
	static List<String> mail() {
		return with(false, "-Xms8m", "-Xmx64m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=64m", "-Xss512k");
	}

	/**
	 * Keycloak's, as {@code JAVA_OPTS_KC_HEAP} (which replaces kc.sh's {@code -Xms64m
	 * -Xmx512m}): its own default is up to 512 MB of heap, the local realm needs far
	 * less. kc.sh selects G1 before these, so they turn it off again. All of the JIT, as
	 * Keycloak's own default.
	 */
	static String keycloak() {
		return String.join(" ", with(true, "-Xms32m", "-Xmx256m", "-XX:-UseG1GC", "-XX:+UseSerialGC"));
	}

	private static List<String> with(boolean production, String... memory) {
		List<String> options = new ArrayList<>(List.of(memory));
		if (Runtime.version().feature() >= 22) {
			options.add(TRIM_NATIVE_HEAP);
		}
		if (!production) {
			options.add("-XX:TieredStopAtLevel=1");
		}
		return List.copyOf(options);
	}

}
