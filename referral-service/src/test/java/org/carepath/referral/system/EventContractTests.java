package org.carepath.referral.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event contract partners build on (docs/events.md#schemas), fetched over real HTTP
 * without a token, as a partner's tooling would: the AsyncAPI document as YAML, the JSON
 * Schemas as JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class EventContractTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theAsyncApiDocumentIsServedAsYamlWithoutAToken() throws Exception {
		HttpResponse<String> response = get("/contract/asyncapi.yaml");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
		Map<String, Object> document = new Yaml().load(response.body());
		assertThat(document).containsEntry("asyncapi", "3.0.0").containsKeys("channels", "operations", "components");
	}

	@Test
	void theEventSchemasAreServedAsJsonWithoutAToken() throws Exception {
		for (String schema : new String[] { "referral-requested.v1.json", "referral-cancelled.v1.json" }) {
			HttpResponse<String> response = get("/contract/schemas/" + schema);

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
