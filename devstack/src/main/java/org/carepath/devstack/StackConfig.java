package org.carepath.devstack;

import java.nio.file.Path;

/**
 * What to start and where: {@code projectRoot} holds the built modules, {@code dataDir}
 * (for example {@code <root>/.carepath}) the databases, Kafka's log, the unpacked
 * Keycloak and the logs. {@code reset} deletes the data first. {@code brokers}: Kafka
 * nodes, 1 or 3.
 */
public record StackConfig(Path projectRoot, Path dataDir, StackPorts ports, boolean reset, int brokers) {

	public StackConfig {
		projectRoot = projectRoot.toAbsolutePath().normalize();
		dataDir = dataDir.toAbsolutePath().normalize();
		if (brokers != 1 && brokers != 3) {
			throw new IllegalArgumentException("Kafka runs as 1 or 3 brokers, not " + brokers + ".");
		}
	}

	/** One broker, as by default. */
	public StackConfig(Path projectRoot, Path dataDir, StackPorts ports, boolean reset) {
		this(projectRoot, dataDir, ports, reset, 1);
	}
}
