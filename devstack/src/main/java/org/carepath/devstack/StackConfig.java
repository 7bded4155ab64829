package org.carepath.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What to start and where: {@code projectRoot} holds the built modules, {@code dataDir}
 * (for example {@code <root>/.carepath}) the databases, Kafka's log, the unpacked
 * Keycloak and the logs. {@code reset} deletes the data first. {@code apps} are the
 * applications to start (the infrastructure always starts), {@code replicas} how many
 * instances of each replicated application, {@code brokers} how many Kafka brokers (1 or
 * 3), and {@code fast} turns PostgreSQL's fsync and synchronous commit off.
 * {@code settings} are extra {@code --name=value} arguments for every instance of an
 * application, after the stack's own (a test stack raising a rate limit, say).
 * {@code production} runs the applications with the JVM settings of production (no
 * C1-only compilation that shortens a developer's start): the benchmark's stack.
 * {@code demoData} imports the demo data ({@link DemoData}) once the stack is ready.
 * {@code tokenLifespan}, when not null, replaces the realm's access token lifespan.
 */
public record StackConfig(Path projectRoot, Path dataDir, StackPorts ports, boolean reset, Set<App> apps, int replicas,
		int brokers, boolean fast, Map<App, List<String>> settings, boolean production, boolean demoData,
		Duration tokenLifespan) {

	public StackConfig {
		projectRoot = projectRoot.toAbsolutePath().normalize();
		dataDir = dataDir.toAbsolutePath().normalize();
		apps = apps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(apps));
		if (replicas < 1 || replicas > StackPorts.MAX_REPLICAS) {
			throw new IllegalArgumentException(
					"--replicas must be between 1 and " + StackPorts.MAX_REPLICAS + ", not " + replicas + ".");
		}
		if (brokers != 1 && brokers != 3) {
			throw new IllegalArgumentException("--brokers must be 1 or 3, not " + brokers + ".");
		}
		ports.checkExtraInstances(replicas);
		settings = Map.copyOf(settings);
	}

	/** Every application once, one broker, PostgreSQL durable. */
	public StackConfig(Path projectRoot, Path dataDir, StackPorts ports, boolean reset) {
		this(projectRoot, dataDir, ports, reset, EnumSet.allOf(App.class), 1, 1, false, Map.of(), false, false, null);
	}

	public StackConfig withApps(Set<App> apps) {
		return new StackConfig(projectRoot, dataDir, ports, reset, apps, replicas, brokers, fast, settings, production,
				demoData, tokenLifespan);
	}

	public StackConfig withReplicas(int replicas) {
		return new StackConfig(projectRoot, dataDir, ports, reset, apps, replicas, brokers, fast, settings, production,
				demoData, tokenLifespan);
	}

	public StackConfig withBrokers(int brokers) {
		return new StackConfig(projectRoot, dataDir, ports, reset, apps, replicas, brokers, fast, settings, production,
				demoData, tokenLifespan);
	}

	public StackConfig withFast(boolean fast) {
		return new StackConfig(projectRoot, dataDir, ports, reset, apps, replicas, brokers, fast, settings, production,
				demoData, tokenLifespan);
	}

	/** With the production JVM settings, or the developer's quick-start ones. */
	public StackConfig withProduction(boolean production) {
		return new StackConfig(projectRoot, dataDir, ports, reset, apps, replicas, brokers, fast, settings, production,
				demoData, tokenLifespan);
	}

	/**
	 * With the demo data imported once the stack is ready (the services get
	 * {@code carepath.demo-data.enabled=true}), or without.
	 */
	public StackConfig withDemoData(boolean demoData) {
		return new StackConfig(projectRoot, dataDir, ports, reset, apps, replicas, brokers, fast, settings, production,
				demoData, tokenLifespan);
	}

	/**
	 * With the realm's access tokens living this long instead of the realm file's 300 s:
	 * a test stack that waits out a token's life. Keycloak takes it when it imports the
	 * realm, into an empty database (a reset stack, or a realm that changed). Under about
	 * 60 s Spring's OAuth2 clients would renew the token at every call.
	 */
	public StackConfig withTokenLifespan(Duration tokenLifespan) {
		return new StackConfig(projectRoot, dataDir, ports, reset, apps, replicas, brokers, fast, settings, production,
				demoData, tokenLifespan);
	}

	/** Adds these settings for every instance of the application. */
	public StackConfig withSettings(App app, String... arguments) {
		Map<App, List<String>> more = new EnumMap<>(App.class);
		more.putAll(settings);
		more.merge(app, List.of(arguments), (before, added) -> Stream.concat(before.stream(), added.stream()).toList());
		return new StackConfig(projectRoot, dataDir, ports, reset, apps, replicas, brokers, fast, more, production,
				demoData, tokenLifespan);
	}

	/**
	 * The extra settings of an application, none by default; with {@link #demoData} the
	 * services that take an import have it turned on.
	 */
	List<String> settingsOf(App app) {
		List<String> own = settings.getOrDefault(app, List.of());
		if (demoData && DemoData.IMPORTING.contains(app)) {
			return Stream.concat(Stream.of(DemoData.ENABLED), own.stream()).toList();
		}
		return own;
	}

	/** How many instances of this application start: 1 for the example partner. */
	int instancesOf(App app) {
		return !apps.contains(app) ? 0 : app.replicated() ? replicas : 1;
	}

}
