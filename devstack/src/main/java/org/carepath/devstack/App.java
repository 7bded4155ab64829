package org.carepath.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The five CarePath Spring Boot applications, and the example partner program (as partner
 * {@code harbor}), with the arguments that wire them to the local stack.
 */
enum App {

	INTAKE("intake", "intake-service", Port.INTAKE, "intake"),
	REFERRAL("referral", "referral-service", Port.REFERRAL, "referral"),
	CONTENT("content", "content-service", Port.CONTENT, "content"), PORTAL("portal", "portal", Port.PORTAL, null),
	GATEWAY("gateway", "gateway", Port.GATEWAY, null), PARTNER("partner", "partner-example", Port.PARTNER, null);

	/**
	 * The partner program the example partner plays locally: its topic, Keycloak client
	 * and data folder.
	 */
	static final String EXAMPLE_PARTNER_ID = "harbor";

	private final String shortName;

	private final String module;

	private final Port port;

	private final String database;

	App(String shortName, String module, Port port, String database) {
		this.shortName = shortName;
		this.module = module;
		this.port = port;
		this.database = database;
	}

	/** Names the log file: {@code logs/intake.log}. */
	String shortName() {
		return shortName;
	}

	String module() {
		return module;
	}

	int port(StackPorts ports) {
		return ports.get(port);
	}

	Path jar(Path projectRoot) {
		return projectRoot.resolve(module).resolve("target").resolve(module + ".jar");
	}

	List<String> arguments(StackPorts ports) {
		List<String> args = new ArrayList<>(List.of("--server.port=" + port(ports), "--server.address=127.0.0.1",
				"--carepath.keycloak.issuer=" + ports.issuer()));
		// partners connect as partners do: over TLS, to their own listener
		args.add("--spring.kafka.bootstrap-servers=127.0.0.1:"
				+ (this == PARTNER ? ports.kafkaPartner() : ports.kafka()));
		if (this == INTAKE || this == REFERRAL) {
			// its own Keycloak client at the broker: the ACLs know it by this id
			args.add("--carepath.kafka.client-secret=" + module + "-dev");
		}
		if (database != null) {
			args.add("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + database);
			args.add("--spring.datasource.username=" + database);
			args.add("--spring.datasource.password=" + Databases.password(database));
		}
		if (this == GATEWAY || this == PORTAL) {
			args.add("--carepath.services.intake-url=http://127.0.0.1:" + ports.intake());
			args.add("--carepath.services.referral-url=http://127.0.0.1:" + ports.referral());
			args.add("--carepath.services.content-url=http://127.0.0.1:" + ports.content());
			args.add("--carepath.services.portal-url=http://127.0.0.1:" + ports.portal());
		}
		if (this == GATEWAY) {
			args.add("--carepath.gateway.public-url=" + ports.gatewayUrl());
		}
		if (this == PARTNER) {
			args.add("--partner.id=" + EXAMPLE_PARTNER_ID);
			args.add("--partner.gateway-url=" + ports.gatewayUrl());
			args.add("--partner.issuer=" + ports.issuer());
		}
		return args;
	}

	/**
	 * With the data folder: the example partner keeps its own small database there (so
	 * --reset empties it).
	 */
	List<String> arguments(StackPorts ports, Path dataDir) {
		List<String> args = arguments(ports);
		if (this == PARTNER) {
			args.add("--spring.datasource.url=jdbc:h2:file:"
					+ dataDir.resolve("partner-" + EXAMPLE_PARTNER_ID).resolve(EXAMPLE_PARTNER_ID)
					+ ";DB_CLOSE_ON_EXIT=FALSE");
			args.add("--partner.kafka-ca-file=" + dataDir.resolve("tls").resolve("ca.crt"));
		}
		return args;
	}

}
