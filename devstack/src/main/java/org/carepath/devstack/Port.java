package org.carepath.devstack;

/** The ports the local stack listens on, with the names people see in messages. */
enum Port {

	GATEWAY("gateway", 8080), PORTAL("portal", 8081), INTAKE("intake-service", 8082),
	REFERRAL("referral-service", 8083), CONTENT("content-service", 8084), KEYCLOAK("Keycloak", 8180),
	KAFKA("Kafka", 9092), POSTGRES("PostgreSQL", 15432), PARTNER("example partner (harbor)", 8090),
	KAFKA_PARTNER("Kafka partner listener", 9094), REDIS("Redis", 6379), SMTP("mail server (SMTP)", 3025),
	IMAP("mail server (IMAP)", 3143);

	private final String label;

	private final int defaultPort;

	Port(String label, int defaultPort) {
		this.label = label;
		this.defaultPort = defaultPort;
	}

	String label() {
		return label;
	}

	int defaultPort() {
		return defaultPort;
	}

	/** CAREPATH_GATEWAY_PORT, CAREPATH_KEYCLOAK_PORT, ... */
	String environmentVariable() {
		return "CAREPATH_" + name() + "_PORT";
	}

}
