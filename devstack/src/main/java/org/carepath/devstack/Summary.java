package org.carepath.devstack;

import java.util.List;

/** What ./carepath up prints once everything is ready. */
final class Summary {

	private Summary() {
	}

	/**
	 * @param tlsDir where the local certificate authority is, as the user should type it
	 */
	static String of(StackPorts ports, List<Instance> instances, String logDir, String tlsDir, String instanceList) {
		String row = "  %-24s %s%n";
		StringBuilder text = new StringBuilder("\nCarePath is running.\n\n");
		text.append(row.formatted("CarePath (gateway)", ports.gatewayUrl() + "/"));
		text.append(row.formatted("Keycloak admin console", ports.keycloakUrl() + "/admin   (admin / admin-dev)"));
		text.append(row.formatted("API docs: intake", swagger(ports.intake())));
		text.append(row.formatted("          referral", swagger(ports.referral())));
		text.append(row.formatted("          content", swagger(ports.content())));
		text.append(row.formatted("example partner (harbor)", "http://127.0.0.1:" + ports.partner()
				+ "/actuator/health   accepts harbor's referrals (log: partner.log)"));
		text.append(row.formatted("PostgreSQL", "127.0.0.1:" + ports.postgres()
				+ "   databases intake, referral, content, keycloak (user = database, password <database>-dev)"));
		text.append(row.formatted("Kafka (services)", "127.0.0.1:" + ports.kafka()
				+ "   SASL_PLAINTEXT, OAUTHBEARER with a Keycloak client (intake-service, referral-service)"));
		text.append(row.formatted("Kafka (partners)", "127.0.0.1:" + ports.kafkaPartner()
				+ "   SASL_SSL, OAUTHBEARER with a partner client; CA certificate " + tlsDir + "ca.crt"));
		text.append(row.formatted("Mail server (GreenMail)", "SMTP 127.0.0.1:" + ports.smtp() + ", IMAP 127.0.0.1:"
				+ ports.imap() + "   crisis notifications (log: mail.log)"));
		text.append("\nInstances (also in ").append(instanceList).append(", restarted when they die):\n");
		for (Instance instance : instances) {
			text.append("  %-18s #%d  %-24s pid %d%n".formatted(instance.part(), instance.instance(), instance.url(),
					instance.pid()));
		}
		text.append("\nDemo accounts (realm carepath, development only):\n");
		text.append(DemoAccounts.table());
		text.append("\nPartner clients (client credentials grant):\n");
		text.append(DemoAccounts.partnerTable());
		text.append("\nA token for scripts (public client carepath-cli, password grant):\n");
		text.append(
				"  curl -s -d grant_type=password -d client_id=carepath-cli -d username=intake -d password=intake-dev \\\n");
		text.append("    ").append(ports.issuer()).append("/protocol/openid-connect/token\n");
		text.append("\nMail to the on-call and escalation contacts (kept in memory until the mail server stops):\n");
		text.append(Mail.howToRead(ports));
		text.append("\nLogs: ").append(logDir).append("  (one file per process)\n");
		text.append("Press Ctrl-C to stop.\n");
		return text.toString();
	}

	private static String swagger(int port) {
		return "http://127.0.0.1:" + port + "/swagger-ui.html";
	}

}
