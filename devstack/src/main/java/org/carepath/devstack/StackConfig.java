package org.carepath.devstack;

import java.nio.file.Path;

/**
 * What to start and where: {@code projectRoot} holds the built modules, {@code dataDir}
 * (for example {@code <root>/.carepath}) the databases, Kafka's log, the unpacked
 * Keycloak and the logs. {@code reset} deletes the data first.
 */
public record StackConfig(Path projectRoot, Path dataDir, StackPorts ports, boolean reset) {

	public StackConfig {
		projectRoot = projectRoot.toAbsolutePath().normalize();
		dataDir = dataDir.toAbsolutePath().normalize();
	}
}
