package org.carepath.devstack;

import java.util.List;

/**
 * The development-only accounts of the carepath realm, as the summary prints them. A test
 * checks that {@code carepath-realm.json} defines exactly these.
 */
final class DemoAccounts {

	record User(String username, List<String> roles, String purpose) {
		String password() {
			return username + "-dev";
		}
	}

	record PartnerClient(String clientId, String partnerId) {
		String secret() {
			return clientId + "-dev";
		}
	}

	static final List<User> USERS = List.of(new User("intake", List.of("staff"), "works the screening queue"),
			new User("clinician", List.of("staff", "clinician"), "brief intervention, referrals, consent"),
			new User("editor", List.of("content-editor"), "writes articles"),
			new User("reviewer", List.of("content-reviewer"), "approves articles"),
			new User("admin", List.of("admin", "staff"), "everything staff can do, plus administration"),
			new User("patient", List.of("patient"), "a person using the self-screening"));

	static final List<PartnerClient> PARTNERS = List.of(new PartnerClient("partner-harbor", "harbor"),
			new PartnerClient("partner-summit", "summit"));

	private DemoAccounts() {
	}

	static String table() {
		StringBuilder text = new StringBuilder();
		String row = "  %-11s %-15s %-19s %s%n";
		text.append(row.formatted("username", "password", "roles", ""));
		for (User user : USERS) {
			text.append(
					row.formatted(user.username(), user.password(), String.join(", ", user.roles()), user.purpose()));
		}
		return text.toString();
	}

	static String partnerTable() {
		StringBuilder text = new StringBuilder();
		String row = "  %-16s %-20s %s%n";
		text.append(row.formatted("client id", "secret", "partner_id claim"));
		for (PartnerClient partner : PARTNERS) {
			text.append(row.formatted(partner.clientId(), partner.secret(), partner.partnerId()));
		}
		return text.toString();
	}

}
