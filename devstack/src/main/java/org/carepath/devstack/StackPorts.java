package org.carepath.devstack;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each part of the local stack listens. Every port is valid and no two are equal.
 * {@code smtp} and {@code imap} are the mail server's (GreenMail). {@code extraInstances}
 * is the first of the block that extra application instances ({@code --replicas}) take
 * their ports from: see {@link #port(App, int)}.
 */
public record StackPorts(int gateway, int portal, int intake, int referral, int content, int keycloak, int kafka,
		int postgres, int partner, int kafkaPartner, int redis, int smtp, int imap, int extraInstances) {

	/**
	 * Extra instances take ports from 8200–8299 unless CAREPATH_EXTRA_INSTANCES_PORT says
	 * otherwise.
	 */
	static final int DEFAULT_EXTRA_INSTANCES = 8200;

	static final String EXTRA_INSTANCES_VARIABLE = "CAREPATH_EXTRA_INSTANCES_PORT";

	/** Instances per application: the block has room for ten per application. */
	public static final int MAX_REPLICAS = 5;

	public StackPorts {
		Map<Integer, String> seen = new HashMap<>();
		int[] values = { gateway, portal, intake, referral, content, keycloak, kafka, postgres, partner, kafkaPartner,
				redis, smtp, imap };
		for (int i = 0; i < values.length; i++) {
			Port port = Port.values()[i];
			if (values[i] < 1 || values[i] > 65535) {
				throw new IllegalArgumentException(
						"The " + port.label() + " port must be between 1 and 65535, not " + values[i] + ".");
			}
			String other = seen.putIfAbsent(values[i], port.label());
			if (other != null) {
				throw new IllegalArgumentException(
						other + " and " + port.label() + " cannot both use port " + values[i] + ".");
			}
		}
		if (extraInstances < 1 || extraInstances + 99 > 65535) {
			throw new IllegalArgumentException(
					"The first port for extra instances must be between 1 and 65436, not " + extraInstances + ".");
		}
	}

	/**
	 * The ports of the stack before Redis, mail and replicas: Redis, the mail server and
	 * extra instances on their defaults.
	 */
	public StackPorts(int gateway, int portal, int intake, int referral, int content, int keycloak, int kafka,
			int postgres, int partner, int kafkaPartner) {
		this(gateway, portal, intake, referral, content, keycloak, kafka, postgres, partner, kafkaPartner,
				Port.REDIS.defaultPort(), Port.SMTP.defaultPort(), Port.IMAP.defaultPort(), DEFAULT_EXTRA_INSTANCES);
	}

	public static StackPorts defaults() {
		return fromEnvironment(Map.of());
	}

	/** The defaults, each overridden by its CAREPATH_*_PORT variable when that is set. */
	public static StackPorts fromEnvironment(Map<String, String> env) {
		Map<Port, Integer> ports = new EnumMap<>(Port.class);
		for (Port port : Port.values()) {
			String value = env.get(port.environmentVariable());
			ports.put(port, value == null || value.isBlank() ? port.defaultPort()
					: parse(port.environmentVariable(), value.trim()));
		}
		String extra = env.get(EXTRA_INSTANCES_VARIABLE);
		return new StackPorts(ports.get(Port.GATEWAY), ports.get(Port.PORTAL), ports.get(Port.INTAKE),
				ports.get(Port.REFERRAL), ports.get(Port.CONTENT), ports.get(Port.KEYCLOAK), ports.get(Port.KAFKA),
				ports.get(Port.POSTGRES), ports.get(Port.PARTNER), ports.get(Port.KAFKA_PARTNER), ports.get(Port.REDIS),
				ports.get(Port.SMTP), ports.get(Port.IMAP), extra == null || extra.isBlank() ? DEFAULT_EXTRA_INSTANCES
						: parse(EXTRA_INSTANCES_VARIABLE, extra.trim()));
	}

	private static int parse(String variable, String value) {
		try {
			int number = Integer.parseInt(value);
			if (number >= 1 && number <= 65535) {
				return number;
			}
		}
		catch (NumberFormatException notANumber) {
			// reported below
		}
		throw new IllegalArgumentException(
				variable + " must be a port number between 1 and 65535, not '" + value + "'.");
	}

	/**
	 * Instance 1 of an application listens on its own port; instance i ≥ 2 on
	 * {@code extraInstances + 10 × (i − 1) + slot}, the slot being gateway 0, portal 1,
	 * intake 2, referral 3, content 4 — with the defaults gateway #2 is 8210, intake #3
	 * 8222.
	 */
	public int port(App app, int instance) {
		if (instance == 1) {
			return app.port(this);
		}
		if (!app.replicated() || instance < 1 || instance > MAX_REPLICAS) {
			throw new IllegalArgumentException(app.module() + " has no instance " + instance + ".");
		}
		return extraInstances + 10 * (instance - 1) + app.slot();
	}

	/** Fails if an extra instance's port would be one of the stack's fixed ports. */
	void checkExtraInstances(int replicas) {
		for (int instance = 2; instance <= replicas; instance++) {
			for (App app : App.values()) {
				if (!app.replicated()) {
					continue;
				}
				int number = port(app, instance);
				for (Port fixed : Port.values()) {
					if (get(fixed) == number) {
						throw new IllegalArgumentException(app.module() + " #" + instance + " would take port " + number
								+ ", which is the " + fixed.label() + " port — set " + EXTRA_INSTANCES_VARIABLE
								+ " to another block of 100 ports.");
					}
				}
			}
		}
	}

	public String gatewayUrl() {
		return "http://localhost:" + gateway;
	}

	public String keycloakUrl() {
		return "http://localhost:" + keycloak;
	}

	/**
	 * The token issuer: Keycloak is started with this host name, so tokens carry it
	 * whatever name was used.
	 */
	public String issuer() {
		return keycloakUrl() + "/realms/carepath";
	}

	int get(Port port) {
		return switch (port) {
			case GATEWAY -> gateway;
			case PORTAL -> portal;
			case INTAKE -> intake;
			case REFERRAL -> referral;
			case CONTENT -> content;
			case KEYCLOAK -> keycloak;
			case KAFKA -> kafka;
			case POSTGRES -> postgres;
			case PARTNER -> partner;
			case KAFKA_PARTNER -> kafkaPartner;
			case REDIS -> redis;
			case SMTP -> smtp;
			case IMAP -> imap;
		};
	}
}
