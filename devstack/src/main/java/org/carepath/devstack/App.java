package org.carepath.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The five CarePath Spring Boot applications, and the example partner program (as partner
 * {@code harbor}), with the arguments that wire them to the local stack. All but the
 * example partner may run as several instances ({@code --replicas}).
 */
public enum App {

	INTAKE("intake", "intake-service", Port.INTAKE, "intake", 2),
	REFERRAL("referral", "referral-service", Port.REFERRAL, "referral", 3),
	CONTENT("content", "content-service", Port.CONTENT, "content", 4), PORTAL("portal", "portal", Port.PORTAL, null, 1),
	GATEWAY("gateway", "gateway", Port.GATEWAY, null, 0), PARTNER("partner", "partner-example", Port.PARTNER, null, -1);

	/**
	 * The partner program the example partner plays locally: its topic, Keycloak client
	 * and data folder.
	 */
	static final String EXAMPLE_PARTNER_ID = "harbor";

	private final String shortName;

	private final String module;

	private final Port port;

	private final String database;

	private final int slot;

	App(String shortName, String module, Port port, String database, int slot) {
		this.shortName = shortName;
		this.module = module;
		this.port = port;
		this.database = database;
		this.slot = slot;
	}

	/** Names the log file: {@code logs/intake.log}. */
	String shortName() {
		return shortName;
	}

	/** The part's name in messages and in instances.json: {@code intake-service}. */
	public String module() {
		return module;
	}

	/**
	 * Whether --replicas starts more than one: every application but the example partner.
	 */
	boolean replicated() {
		return slot >= 0;
	}

	/** Its place in each block of ten extra-instance ports (see StackPorts#port). */
	int slot() {
		return slot;
	}

	int port(StackPorts ports) {
		return ports.get(port);
	}

	Path jar(Path projectRoot) {
		return projectRoot.resolve(module).resolve("target").resolve(module + ".jar");
	}

	/** {@code intake.log} for the first instance, {@code intake-2.log} for the second. */
	String logName(int instance) {
		return instance == 1 ? shortName + ".log" : shortName + "-" + instance + ".log";
	}

	/** The arguments of the only instance when there are no replicas. */
	List<String> arguments(StackPorts ports) {
		return arguments(ports, 1, 1);
	}

	/**
	 * @param replicas how many instances of each replicated application run: the gateway
	 * and the portal get all of them, as Spring Cloud's static (simple) discovery
	 * instance lists
	 * @param instance which one this is (1…replicas)
	 */
	List<String> arguments(StackPorts ports, int replicas, int instance) {
		int own = instance == 1 ? port(ports) : ports.port(this, instance);
		List<String> args = new ArrayList<>(List.of("--server.port=" + own, "--server.address=127.0.0.1",
				"--carepath.keycloak.issuer=" + ports.issuer()));
		// partners connect as partners do: over TLS, to their own listener
		args.add("--spring.kafka.bootstrap-servers=127.0.0.1:"
				+ (this == PARTNER ? ports.kafkaPartner() : ports.kafka()));
		if (this == INTAKE || this == REFERRAL) {
			// its own Keycloak client at the broker: the ACLs know it by this id
			args.add("--carepath.kafka.client-secret=" + module + "-dev");
		}
		if (this == INTAKE) {
			// crisis notifications go to the stack's mail server and link to this stack's
			// gateway, where a sign-in comes back to (its public URL)
			args.add("--spring.mail.host=127.0.0.1");
			args.add("--spring.mail.port=" + ports.smtp());
			args.add("--carepath.notifications.staff-url=" + ports.gatewayUrl());
		}
		if (database != null) {
			args.add("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + database);
			args.add("--spring.datasource.username=" + database);
			args.add("--spring.datasource.password=" + Databases.password(database));
			// an idle local stack keeps two connections per service, not the pool's
			// maximum: each PostgreSQL backend is a process of 10-15 MB; the pool still
			// grows to its maximum under load and shrinks a minute after
			args.add("--spring.datasource.hikari.minimum-idle=2");
			args.add("--spring.datasource.hikari.idle-timeout=60000");
		}
		if (this == GATEWAY || this == PORTAL) {
			// instance 1's URLs, which the services' clients default their first instance
			// to
			args.add("--carepath.services.intake-url=http://127.0.0.1:" + ports.intake());
			args.add("--carepath.services.referral-url=http://127.0.0.1:" + ports.referral());
			args.add("--carepath.services.content-url=http://127.0.0.1:" + ports.content());
			args.add("--carepath.services.portal-url=http://127.0.0.1:" + ports.portal());
			// the portal calls the three services; the gateway routes to the portal too
			App[] targets = (this == GATEWAY) ? new App[] { INTAKE, REFERRAL, CONTENT, PORTAL }
					: new App[] { INTAKE, REFERRAL, CONTENT };
			for (App service : targets) {
				for (int i = 1; i <= replicas; i++) {
					args.add("--spring.cloud.discovery.client.simple.instances." + service.module + "[" + (i - 1)
							+ "].uri=http://127.0.0.1:" + ports.port(service, i));
				}
			}
		}
		if (this == GATEWAY) {
			// sessions and rate limits, shared by every gateway instance
			args.add("--spring.data.redis.host=127.0.0.1");
			args.add("--spring.data.redis.port=" + ports.redis());
			// each instance sends browsers back to itself after sign-in (the realm allows
			// every gateway's port), so a sign-in through #2 never depends on #1
			args.add("--carepath.gateway.public-url=http://localhost:" + ports.port(GATEWAY, instance));
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
		return arguments(ports, 1, 1, dataDir);
	}

	List<String> arguments(StackPorts ports, int replicas, int instance, Path dataDir) {
		List<String> args = arguments(ports, replicas, instance);
		if (this == PARTNER) {
			args.add("--spring.datasource.url=jdbc:h2:file:"
					+ dataDir.resolve("partner-" + EXAMPLE_PARTNER_ID).resolve(EXAMPLE_PARTNER_ID)
					+ ";DB_CLOSE_ON_EXIT=FALSE");
			args.add("--partner.kafka-ca-file=" + dataDir.resolve("tls").resolve("ca.crt"));
		}
		return args;
	}

}
