package org.carepath.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreflightTest {

	@TempDir
	Path root;

	@Test
	void aTakenPortIsReportedInOneLineWithItsVariable() throws IOException {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			StackPorts free = freePorts();
			StackPorts ports = new StackPorts(free.gateway(), free.portal(), free.intake(), free.referral(),
					free.content(), taken.getLocalPort(), free.kafka(), free.postgres(), free.partner(),
					free.kafkaPartner(), free.redis(), free.smtp(), free.imap(), free.extraInstances());

			assertThatThrownBy(() -> Preflight.checkPortsFree(ports)).isInstanceOf(StackException.class)
				.hasMessage("Port " + taken.getLocalPort() + " (Keycloak) is already in use — stop what uses it "
						+ "or set CAREPATH_KEYCLOAK_PORT.")
				.message()
				.doesNotContain("\n");
		}
	}

	@Test
	void freePortsPass() throws IOException {
		StackPorts ports = freePorts();

		assertThatCode(() -> Preflight.checkPortsFree(ports)).doesNotThrowAnyException();
	}

	@Test
	void aMissingJarTellsToBuild() throws IOException {
		createBuildOutputs(EnumSet.of(App.INTAKE, App.REFERRAL, App.CONTENT, App.PORTAL, App.PARTNER));

		assertThatThrownBy(() -> Preflight.checkBuildOutputs(root, EnumSet.allOf(App.class)))
			.isInstanceOf(StackException.class)
			.hasMessage("gateway/target/gateway.jar is missing — run ./mvnw -DskipTests package first.");
	}

	@Test
	void nothingBuiltNamesTheFirstAndCountsTheRest() {
		assertThatThrownBy(() -> Preflight.checkBuildOutputs(root, EnumSet.allOf(App.class)))
			.hasMessage("intake-service/target/intake-service.jar is missing (and 8 more) — run ./mvnw "
					+ "-DskipTests package first.");
	}

	@Test
	void completeBuildOutputsPass() throws IOException {
		createBuildOutputs(EnumSet.allOf(App.class));

		assertThatCode(() -> Preflight.checkBuildOutputs(root, EnumSet.allOf(App.class))).doesNotThrowAnyException();
	}

	private void createBuildOutputs(EnumSet<App> apps) throws IOException {
		for (App app : apps) {
			Files.createDirectories(app.jar(root).getParent());
			Files.createFile(app.jar(root));
		}
		Preflight.BuildOutputs outputs = Preflight.BuildOutputs.of(root);
		Files.createDirectories(outputs.lib());
		Files.createDirectories(outputs.keycloakTarball().getParent());
		Files.createFile(outputs.keycloakTarball());
		Files.createDirectories(outputs.mailJar().getParent());
		Files.createFile(outputs.mailJar());
	}

	/** Thirteen distinct ports that were free a moment ago. */
	private static StackPorts freePorts() throws IOException {
		List<ServerSocket> held = new ArrayList<>();
		try {
			int[] ports = new int[13];
			for (int i = 0; i < ports.length; i++) {
				ServerSocket socket = new ServerSocket();
				socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
				held.add(socket);
				ports[i] = socket.getLocalPort();
			}
			return new StackPorts(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5], ports[6], ports[7],
					ports[8], ports[9], ports[10], ports[11], ports[12], StackPorts.DEFAULT_EXTRA_INSTANCES);
		}
		finally {
			for (ServerSocket socket : held) {
				socket.close();
			}
		}
	}

}
