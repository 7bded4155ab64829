package org.carepath.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RealmTest {

	private static final List<String> SERVICE_AUDIENCES = List.of("carepath-intake", "carepath-referral",
			"carepath-content", "carepath-portal");

	private final JsonNode realm = parse(
			Realm.render(new StackPorts(9080, 9081, 9082, 9083, 9084, 9180, 9192, 9432, 9090, 9194)));

	@Test
	void renderingLeavesNoPlaceholder() {
		String rendered = Realm.render(StackPorts.defaults());

		assertThat(Realm.template()).contains("${GATEWAY_URL}");
		assertThat(rendered).doesNotContain("${").contains("http://localhost:8080/login/oauth2/code/*");
	}

	@Test
	void withReplicasEveryGatewayInstanceMayReceiveTheSignInRedirect() {
		JsonNode gateway = null;
		for (JsonNode client : parse(Realm.render(StackPorts.defaults(), 2)).path("clients")) {
			if (client.path("clientId").asText().equals("carepath-gateway")) {
				gateway = client;
			}
		}
		assertThat(gateway).isNotNull();

		assertThat(texts(gateway.path("redirectUris"))).containsExactly("http://localhost:8080/login/oauth2/code/*",
				"http://localhost:8210/login/oauth2/code/*");
		assertThat(texts(gateway.path("webOrigins"))).containsExactly("http://localhost:8080", "http://localhost:8210");
		assertThat(gateway.path("attributes").path("post.logout.redirect.uris").asText())
			.isEqualTo("http://localhost:8080/*##http://localhost:8210/*");
		assertThat(Realm.render(StackPorts.defaults(), 1)).isEqualTo(Realm.render(StackPorts.defaults()));
	}

	@Test
	void aTestStackMayShortenTheTokensLifeAndNothingElse() {
		String shortened = Realm.render(StackPorts.defaults(), 1, Duration.ofSeconds(90));

		assertThat(this.realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
		assertThat(parse(shortened).path("accessTokenLifespan").asInt()).isEqualTo(90);
		assertThat(shortened.replace("\"accessTokenLifespan\": 90", "\"accessTokenLifespan\": 300"))
			.isEqualTo(Realm.render(StackPorts.defaults()));
		assertThat(Realm.render(StackPorts.defaults(), 1, null)).isEqualTo(Realm.render(StackPorts.defaults()));
	}

	@Test
	void anUnknownPlaceholderIsAnError() {
		assertThatThrownBy(() -> Realm.substitute("{\"a\": \"${NOPE}\"}", Map.of("GATEWAY_URL", "x")))
			.hasMessageContaining("${NOPE}");
	}

	@Test
	void realmSettings() {
		assertThat(realm.path("realm").asText()).isEqualTo("carepath");
		assertThat(realm.path("displayName").asText()).isEqualTo("CarePath");
		assertThat(realm.path("enabled").asBoolean()).isTrue();
		assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
		assertThat(realm.path("registrationAllowed").asBoolean()).isFalse();
		assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
		assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
		// Giving clientScopes would replace Keycloak's built-in scopes (profile, email,
		// roles, ...).
		assertThat(realm.has("clientScopes")).isFalse();
	}

	@Test
	void everyRoleHasADescription() {
		List<String> names = new ArrayList<>();
		realm.path("roles").path("realm").forEach(role -> {
			names.add(role.path("name").asText());
			assertThat(role.path("description").asText()).isNotBlank();
		});
		assertThat(names).containsExactlyInAnyOrder("patient", "staff", "clinician", "content-editor",
				"content-reviewer", "admin", "partner", "page-view-reporter");
	}

	@Test
	void theDemoUsersAreExactlyThoseTheSummaryPrints() {
		List<String> people = new ArrayList<>();
		for (JsonNode user : realm.path("users")) {
			if (user.has("serviceAccountClientId")) {
				continue;
			}
			String username = user.path("username").asText();
			people.add(username);
			DemoAccounts.User demo = DemoAccounts.USERS.stream()
				.filter(account -> account.username().equals(username))
				.findFirst()
				.orElseThrow();
			assertThat(texts(user.path("realmRoles"))).as(username).containsExactlyInAnyOrderElementsOf(demo.roles());
			JsonNode password = user.path("credentials").get(0);
			assertThat(password.path("type").asText()).isEqualTo("password");
			assertThat(password.path("value").asText()).isEqualTo(demo.password()).isEqualTo(username + "-dev");
			assertThat(password.path("temporary").asBoolean()).isFalse();
			// without these Keycloak asks to complete the profile at the first login
			assertThat(user.path("email").asText()).contains("@");
			assertThat(user.path("emailVerified").asBoolean()).isTrue();
			assertThat(user.path("firstName").asText()).isNotBlank();
			assertThat(user.path("lastName").asText()).isNotBlank();
			assertThat(user.path("enabled").asBoolean()).isTrue();
		}
		assertThat(people)
			.containsExactlyInAnyOrderElementsOf(DemoAccounts.USERS.stream().map(DemoAccounts.User::username).toList());
		assertThat(people).containsExactlyInAnyOrder("intake", "clinician", "editor", "reviewer", "admin", "patient");
	}

	@Test
	void gatewayIsAConfidentialCodeFlowClientWithPkceAndRolesInTheIdToken() {
		JsonNode gateway = client("carepath-gateway");

		assertThat(gateway.path("publicClient").asBoolean()).isFalse();
		assertThat(gateway.path("secret").asText()).isEqualTo("carepath-gateway-dev");
		assertThat(gateway.path("standardFlowEnabled").asBoolean()).isTrue();
		assertThat(gateway.path("directAccessGrantsEnabled").asBoolean()).isFalse();
		assertThat(gateway.path("implicitFlowEnabled").asBoolean()).isFalse();
		assertThat(gateway.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
		assertThat(texts(gateway.path("redirectUris"))).containsExactly("http://localhost:9080/login/oauth2/code/*");
		assertThat(gateway.path("attributes").path("post.logout.redirect.uris").asText())
			.isEqualTo("http://localhost:9080/*");
		assertThat(texts(gateway.path("webOrigins"))).containsExactly("http://localhost:9080");
		assertThat(audiences(gateway)).containsExactlyInAnyOrderElementsOf(SERVICE_AUDIENCES);

		JsonNode roles = mapper(gateway, "oidc-usermodel-realm-role-mapper").getFirst().path("config");
		assertThat(roles.path("claim.name").asText()).isEqualTo("realm_access.roles");
		assertThat(roles.path("multivalued").asText()).isEqualTo("true");
		assertThat(roles.path("id.token.claim").asText()).isEqualTo("true");
		assertThat(roles.path("access.token.claim").asText()).isEqualTo("true");
		assertThat(roles.path("userinfo.token.claim").asText()).isEqualTo("true");
	}

	@Test
	void cliIsAPublicPasswordGrantClientForTheServices() {
		JsonNode cli = client("carepath-cli");

		assertThat(cli.path("publicClient").asBoolean()).isTrue();
		assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
		assertThat(cli.path("standardFlowEnabled").asBoolean()).isFalse();
		assertThat(audiences(cli)).containsExactlyInAnyOrderElementsOf(SERVICE_AUDIENCES);
	}

	@Test
	void partnersUseClientCredentialsAndReachOnlyReferralAndIntake() {
		for (DemoAccounts.PartnerClient partner : DemoAccounts.PARTNERS) {
			JsonNode client = client(partner.clientId());

			assertThat(client.path("publicClient").asBoolean()).isFalse();
			assertThat(client.path("secret").asText()).isEqualTo(partner.secret());
			assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
			assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
			assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
			assertThat(audiences(client)).containsExactlyInAnyOrder("carepath-referral", "carepath-intake",
					"carepath-kafka");

			JsonNode partnerId = mapper(client, "oidc-hardcoded-claim-mapper").getFirst().path("config");
			assertThat(partnerId.path("claim.name").asText()).isEqualTo("partner_id");
			assertThat(partnerId.path("claim.value").asText()).isEqualTo(partner.partnerId());
			assertThat(partnerId.path("jsonType.label").asText()).isEqualTo("String");
			assertThat(partnerId.path("access.token.claim").asText()).isEqualTo("true");

			JsonNode serviceAccount = user("service-account-" + partner.clientId());
			assertThat(serviceAccount.path("serviceAccountClientId").asText()).isEqualTo(partner.clientId());
			assertThat(texts(serviceAccount.path("realmRoles"))).containsExactly("partner");
		}
		assertThat(DemoAccounts.PARTNERS).extracting(DemoAccounts.PartnerClient::clientId)
			.containsExactly("partner-harbor", "partner-summit");
	}

	@Test
	void theServicesHaveTheirOwnClientsForKafkaOnly() {
		for (String service : List.of("intake-service", "referral-service")) {
			JsonNode client = client(service);

			assertThat(client.path("publicClient").asBoolean()).isFalse();
			assertThat(client.path("secret").asText()).isEqualTo(service + "-dev");
			assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
			assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
			assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
			assertThat(audiences(client)).containsExactly("carepath-kafka");
			assertThat(texts(user("service-account-" + service).path("realmRoles"))).isEmpty();
		}
	}

	@Test
	void thePortalReportsPageViewsToContentAsItselfAndNothingElse() {
		JsonNode portal = client("portal");

		assertThat(portal.path("publicClient").asBoolean()).isFalse();
		assertThat(portal.path("secret").asText()).isEqualTo("portal-dev");
		assertThat(portal.path("serviceAccountsEnabled").asBoolean()).isTrue();
		assertThat(portal.path("standardFlowEnabled").asBoolean()).isFalse();
		assertThat(portal.path("directAccessGrantsEnabled").asBoolean()).isFalse();
		assertThat(audiences(portal)).containsExactly("carepath-content");
		assertThat(texts(user("service-account-portal").path("realmRoles"))).containsExactly("page-view-reporter");
	}

	@Test
	void onlyTheClientsThatUseKafkaGetItsAudience() {
		List<String> withKafka = new ArrayList<>();
		realm.path("clients").forEach(client -> {
			if (audiences(client).contains("carepath-kafka")) {
				withKafka.add(client.path("clientId").asText());
			}
		});
		assertThat(withKafka).containsExactlyInAnyOrder("partner-harbor", "partner-summit", "intake-service",
				"referral-service");
	}

	@Test
	void audienceMappersGoIntoAccessTokensOnly() {
		for (JsonNode client : realm.path("clients")) {
			for (JsonNode audience : mapper(client, "oidc-audience-mapper")) {
				assertThat(audience.path("config").path("access.token.claim").asText()).isEqualTo("true");
				assertThat(audience.path("config").path("id.token.claim").asText()).isEqualTo("false");
			}
		}
	}

	private JsonNode client(String clientId) {
		for (JsonNode client : realm.path("clients")) {
			if (client.path("clientId").asText().equals(clientId)) {
				return client;
			}
		}
		throw new AssertionError("no client " + clientId);
	}

	private JsonNode user(String username) {
		for (JsonNode user : realm.path("users")) {
			if (user.path("username").asText().equals(username)) {
				return user;
			}
		}
		throw new AssertionError("no user " + username);
	}

	private static List<JsonNode> mapper(JsonNode client, String type) {
		List<JsonNode> found = new ArrayList<>();
		client.path("protocolMappers").forEach(mapper -> {
			if (mapper.path("protocolMapper").asText().equals(type)) {
				found.add(mapper);
			}
		});
		return found;
	}

	private static List<String> audiences(JsonNode client) {
		return mapper(client, "oidc-audience-mapper").stream()
			.map(mapper -> mapper.path("config").path("included.custom.audience").asText())
			.toList();
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}

	private static JsonNode parse(String json) {
		try {
			return new ObjectMapper().readTree(json);
		}
		catch (Exception e) {
			throw new AssertionError("the realm is not valid JSON", e);
		}
	}

}
