package org.carepath.support.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A service's OpenAPI document ({@code /v3/api-docs}) held against what its endpoints
 * really answer: a test makes real calls, each producing the status it means to, and
 * every answer must be documented for its operation — the status, the media type of the
 * body (none when there is none), and security that allows a call made without a token.
 * The statuses the document uses and the ones the calls produced are kept, so a test can
 * also check that no documented status goes unsampled.
 */
public final class OpenApiContract {

	private final MockMvc mvc;

	private final JsonNode document;

	private final Set<Integer> produced = new TreeSet<>();

	private OpenApiContract(MockMvc mvc, JsonNode document) {
		this.mvc = mvc;
		this.document = document;
	}

	/** Reads the document as anyone may: without a token. */
	public static OpenApiContract of(MockMvc mvc, JsonMapper json) throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
		assertThat(response.getStatus()).as("GET /v3/api-docs").isEqualTo(200);
		return new OpenApiContract(mvc, json.readTree(response.getContentAsString()));
	}

	public JsonNode document() {
		return this.document;
	}

	/**
	 * Performs the request, checks that it answered {@code status}, and that the
	 * operation, named {@code "METHOD /path"} as the document names it, documents that
	 * answer.
	 */
	public MvcResult call(String operation, MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		MockHttpServletResponse response = result.getResponse();
		assertThat(response.getStatus()).as(operation + " answered (" + response.getContentAsString() + ")")
			.isEqualTo(status);
		JsonNode documented = operation(operation);
		JsonNode answer = documented.path("responses").path(String.valueOf(status));
		assertThat(answer.isMissingNode()).as(operation + " documents " + status).isFalse();
		String contentType = response.getContentType();
		if (response.getContentAsByteArray().length > 0 && contentType != null) {
			MediaType served = MediaType.parseMediaType(contentType);
			List<String> types = new ArrayList<>(answer.path("content").propertyNames());
			assertThat(types)
				.as(operation + " " + status + " documents " + served.getType() + "/" + served.getSubtype())
				.anySatisfy(type -> assertThat(MediaType.parseMediaType(type).equalsTypeAndSubtype(served)).isTrue());
		}
		else {
			assertThat(answer.path("content").isEmpty()).as(operation + " " + status + " documents no body").isTrue();
		}
		boolean withToken = result.getRequest().getHeader(HttpHeaders.AUTHORIZATION) != null;
		if (!withToken && status < 400) {
			assertThat(allowsAnonymous(documented)).as(operation + " documents that no token is needed").isTrue();
		}
		if (status == 401) {
			assertThat(documented.path("security").isEmpty()).as(operation + " documents its security").isFalse();
		}
		this.produced.add(status);
		return result;
	}

	/**
	 * The document names the service's API with {@code title}, describes it, carries a
	 * real version, and says how to get a token: a bearer JWT, from the Keycloak realm by
	 * authorization code (people) or client credentials (partners, services).
	 */
	public void assertIntroduces(String title) {
		JsonNode info = this.document.path("info");
		assertThat(info.path("title").asString()).isEqualTo(title);
		assertThat(info.path("description").asString()).isNotBlank();
		assertThat(info.path("version").asString()).isNotBlank().isNotEqualTo("v0");
		JsonNode schemes = this.document.path("components").path("securitySchemes");
		assertThat(schemes.path("bearer").path("type").asString()).isEqualTo("http");
		assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
		assertThat(schemes.path("keycloak").path("type").asString()).isEqualTo("oauth2");
		JsonNode flows = schemes.path("keycloak").path("flows");
		assertThat(flows.path("authorizationCode").path("tokenUrl").asString())
			.endsWith("/protocol/openid-connect/token");
		assertThat(flows.path("clientCredentials").path("tokenUrl").asString())
			.endsWith("/protocol/openid-connect/token");
	}

	/** Every status some operation documents. */
	public Set<Integer> documentedStatuses() {
		Set<Integer> statuses = new TreeSet<>();
		this.document.path("paths")
			.forEach(path -> path.forEach(operation -> operation.path("responses")
				.propertyNames()
				.forEach(s -> statuses.add(Integer.valueOf(s)))));
		return statuses;
	}

	/** Every status the calls so far produced. */
	public Set<Integer> producedStatuses() {
		return this.produced;
	}

	private JsonNode operation(String operation) {
		String[] methodAndPath = operation.split(" ", 2);
		JsonNode found = this.document.path("paths").path(methodAndPath[1]).path(methodAndPath[0].toLowerCase());
		assertThat(found.isMissingNode()).as("the document has " + operation).isFalse();
		return found;
	}

	private static boolean allowsAnonymous(JsonNode operation) {
		JsonNode security = operation.path("security");
		if (security.isMissingNode() || security.isEmpty()) {
			return true;
		}
		for (JsonNode requirement : security) {
			if (requirement.isEmpty()) {
				return true;
			}
		}
		return false;
	}

}
