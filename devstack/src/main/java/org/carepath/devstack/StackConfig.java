package org.carepath.devstack;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * What to start and where: {@code projectRoot} holds the built modules, {@code dataDir}
 * (for example {@code <root>/.carepath}) the databases, Kafka's log, the unpacked
 * Keycloak and the logs. {@code reset} deletes the data first. {@code apps} are the
 * applications to start (the infrastructure always starts), {@code replicas} how many
 * instances of each replicated application, {@code brokers} how many Kafka brokers (1 or
 * 3), and {@code fast} turns PostgreSQL's fsync and synchronous commit off.
 */
public record StackConfig(Path projectRoot, Path dataDir, StackPorts ports, boolean reset, Set<App> apps, int replicas,
		int brokers, boolean fast) {

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
	}

	/** Every application once, one broker, PostgreSQL durable. */
	public StackConfig(Path projectRoot, Path dataDir, StackPorts ports, boolean reset) {
		this(projectRoot, dataDir, ports, reset, EnumSet.allOf(App.class), 1, 1, false);
	}

	public StackConfig withApps(Set<App> apps) {
		return new StackConfig(projectRoot, dataDir, ports, reset, apps, replicas, brokers, fast);
	}

	public StackConfig withReplicas(int replicas) {
		return new StackConfig(projectRoot, dataDir, ports, reset, apps, replicas, brokers, fast);
	}

	public StackConfig withBrokers(int brokers) {
		return new StackConfig(projectRoot, dataDir, ports, reset, apps, replicas, brokers, fast);
	}

	public StackConfig withFast(boolean fast) {
		return new StackConfig(projectRoot, dataDir, ports, reset, apps, replicas, brokers, fast);
	}

	/** How many instances of this application start: 1 for the example partner. */
	int instancesOf(App app) {
		return !apps.contains(app) ? 0 : app.replicated() ? replicas : 1;
	}

}
