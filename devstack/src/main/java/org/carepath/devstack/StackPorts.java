package org.carepath.devstack;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each part of the local stack listens. Every port is valid and no two are equal.
 */
public record StackPorts(int gateway, int portal, int intake, int referral, int content, int keycloak, int kafka,
		int postgres, int partner, int kafkaPartner) {

	public StackPorts {
		Map<Integer, String> seen = new HashMap<>();
		int[] values = { gateway, portal, intake, referral, content, keycloak, kafka, postgres, partner, kafkaPartner };
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
	}

	public static StackPorts defaults() {
		return fromEnvironment(Map.of());
	}

	/** The defaults, each overridden by its CAREPATH_*_PORT variable when that is set. */
	public static StackPorts fromEnvironment(Map<String, String> env) {
		Map<Port, Integer> ports = new EnumMap<>(Port.class);
		for (Port port : Port.values()) {
			String value = env.get(port.environmentVariable());
			ports.put(port, value == null || value.isBlank() ? port.defaultPort() : parse(port, value.trim()));
		}
		return new StackPorts(ports.get(Port.GATEWAY), ports.get(Port.PORTAL), ports.get(Port.INTAKE),
				ports.get(Port.REFERRAL), ports.get(Port.CONTENT), ports.get(Port.KEYCLOAK), ports.get(Port.KAFKA),
				ports.get(Port.POSTGRES), ports.get(Port.PARTNER), ports.get(Port.KAFKA_PARTNER));
	}

	private static int parse(Port port, String value) {
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
				port.environmentVariable() + " must be a port number between 1 and 65535, not '" + value + "'.");
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
		};
	}
}
