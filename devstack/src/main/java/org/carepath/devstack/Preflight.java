package org.carepath.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What must hold before anything starts: free ports and the outputs of the Maven build.
 */
final class Preflight {

	private Preflight() {
	}

	static void check(StackConfig config) throws StackException {
		checkPortsFree(config.ports());
		checkExtraInstancePortsFree(config);
		checkBuildOutputs(config.projectRoot(), config.apps());
	}

	static void checkExtraInstancePortsFree(StackConfig config) throws StackException {
		for (App app : config.apps()) {
			for (int instance = 2; instance <= config.instancesOf(app); instance++) {
				int number = config.ports().port(app, instance);
				if (!isFree(number)) {
					throw new StackException("Port " + number + " (" + app.module() + " #" + instance
							+ ") is already in use — stop what uses it or set " + StackPorts.EXTRA_INSTANCES_VARIABLE
							+ " to another block of 100 ports.");
				}
			}
		}
	}

	static void checkPortsFree(StackPorts ports) throws StackException {
		for (Port port : Port.values()) {
			int number = ports.get(port);
			if (!isFree(number)) {
				throw new StackException("Port " + number + " (" + port.label()
						+ ") is already in use — stop what uses it or set " + port.environmentVariable() + ".");
			}
		}
	}

	/**
	 * Binding is the test that matters: it also fails when something listens on all
	 * interfaces.
	 */
	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return true;
		}
		catch (IOException inUse) {
			return false;
		}
	}

	static void checkBuildOutputs(Path root, Set<App> apps) throws StackException {
		List<Path> missing = new ArrayList<>();
		for (App app : App.values()) {
			if (apps.contains(app) && !Files.isRegularFile(app.jar(root))) {
				missing.add(app.jar(root));
			}
		}
		BuildOutputs outputs = BuildOutputs.of(root);
		if (!Files.isDirectory(outputs.lib())) {
			missing.add(outputs.lib());
		}
		if (!Files.isRegularFile(outputs.keycloakTarball())) {
			missing.add(outputs.keycloakTarball());
		}
		if (!Files.isRegularFile(outputs.mailJar())) {
			missing.add(outputs.mailJar());
		}
		if (!missing.isEmpty()) {
			String more = missing.size() > 1 ? " (and " + (missing.size() - 1) + " more)" : "";
			throw new StackException(root.relativize(missing.getFirst()) + " is missing" + more
					+ " — run ./mvnw -DskipTests package first.");
		}
	}

	/** Where devstack's own build puts what it starts from. */
	record BuildOutputs(Path lib, Path keycloakTarball, Path mailJar) {

		static BuildOutputs of(Path root) {
			Path target = root.resolve("devstack/target");
			return new BuildOutputs(target.resolve("lib"), target.resolve("keycloak/keycloak-dist.tar.gz"),
					target.resolve("greenmail/greenmail-standalone.jar"));
		}
	}

}
