package org.carepath.e2e;

import java.net.http.HttpResponse;
import java.util.Map;

import org.carepath.devstack.StackPorts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens from the real Keycloak of the running stack, the way scripts and partner
 * programs get them.
 */
final class Keycloak {

	private Keycloak() {
	}

	/**
	 * A demo user's token through the development CLI client (password grant); password
	 * is {@code <user>-dev}.
	 */
	static String userToken(String username) {
		return userToken(CarePathStack.PORTS, username);
	}

	/** The same from another stack than the end-to-end one. */
	static String userToken(StackPorts ports, String username) {
		return token(ports, Map.of("grant_type", "password", "client_id", "carepath-cli", "username", username,
				"password", username + "-dev"));
	}

	/**
	 * A partner program's token (client credentials), as the partner's own software gets
	 * it.
	 */
	static String partnerToken(String partnerId) {
		return token(Map.of("grant_type", "client_credentials", "client_id", "partner-" + partnerId, "client_secret",
				"partner-" + partnerId + "-dev"));
	}

	/**
	 * A token that lives two seconds, for a client the test adds through the admin API:
	 * Keycloak cannot hand out an already expired token, and the realm's own clients keep
	 * their normal lifespan.
	 */
	static String shortLivedToken(String username) {
		String admin = adminToken();
		HttpResponse<String> created = Http.postJson(realmAdmin() + "/clients", admin, """
				{"clientId": "e2e-short-lived", "publicClient": true, "directAccessGrantsEnabled": true,
				 "standardFlowEnabled": false, "attributes": {"access.token.lifespan": "2"},
				 "protocolMappers": [{"name": "audience intake", "protocol": "openid-connect",
				   "protocolMapper": "oidc-audience-mapper",
				   "config": {"included.custom.audience": "carepath-intake", "access.token.claim": "true",
				              "id.token.claim": "false"}}]}""");
		assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
		return token(Map.of("grant_type", "password", "client_id", "e2e-short-lived", "username", username, "password",
				username + "-dev"));
	}

	private static String adminToken() {
		HttpResponse<String> response = Http
			.postForm(CarePathStack.PORTS.keycloakUrl() + "/realms/master/protocol/openid-connect/token", Map
				.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin-dev"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Http.json(response).path("access_token").asString();
	}

	private static String realmAdmin() {
		return CarePathStack.PORTS.keycloakUrl() + "/admin/realms/carepath";
	}

	private static String token(Map<String, String> form) {
		return token(CarePathStack.PORTS, form);
	}

	private static String token(StackPorts ports, Map<String, String> form) {
		HttpResponse<String> response = Http.postForm(ports.issuer() + "/protocol/openid-connect/token", form);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Http.json(response).path("access_token").asString();
	}

}
