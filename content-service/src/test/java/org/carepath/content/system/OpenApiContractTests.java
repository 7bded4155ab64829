package org.carepath.content.system;

import java.util.Map;

import org.carepath.content.EducationTestSupport;
import org.carepath.support.test.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Content's OpenAPI document tells the truth: it introduces the API and how to get a
 * token, and a sample of real calls, one for every status the document uses, answers only
 * what the document says for that operation (status and media type).
 */
class OpenApiContractTests extends EducationTestSupport {

	OpenApiContract contract;

	@BeforeEach
	void readTheDocument() throws Exception {
		this.contract = OpenApiContract.of(this.mvc, this.json);
	}

	@Test
	void theDocumentIntroducesTheApiAndHowToGetAToken() {
		this.contract.assertIntroduces("CarePath education content API");
		JsonNode document = this.contract.document();
		JsonNode paths = document.path("paths");
		assertThat(paths.path("/api/content/articles/{slug}").path("get").has("security")).isFalse();
		assertThat(paths.path("/api/content/drafts").path("get").path("security").toString())
			.isEqualTo("[{\"bearer\":[]},{\"keycloak\":[]}]");
	}

	@Test
	void everyDocumentedStatusAndMediaTypeIsWhatTheEndpointsAnswer() throws Exception {
		OpenApiContract api = this.contract;
		api.call("GET /api/content/articles", get("/api/content/articles"), 200);
		api.call("GET /api/content/articles", get("/api/content/articles").param("page", "-1"), 400);
		api.call("GET /api/content/resources", get("/api/content/resources"), 200);
		String article = "GET /api/content/articles/{slug}";
		String etag = api.call(article, get("/api/content/articles/ketamine-addiction"), 200)
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		api.call(article,
				get("/api/content/articles/ketamine-addiction").header(HttpHeaders.IF_NONE_MATCH, String.valueOf(etag)),
				304);
		api.call(article, get("/api/content/articles/no-such-article"), 404);

		String create = "POST /api/content/articles";
		Map<String, Object> written = article("openapi-contract", "The API contract", "Body text.");
		api.call(create, as(editor(), article(written)), 201);
		api.call(create, as(editor(), article(written)), 409);
		api.call(create, as(editor(), article(article("openapi-contract-2", "", "Body text."))), 400);
		api.call(create, as(editor(), post("/api/content/articles").contentType(MediaType.TEXT_PLAIN).content("hi")),
				415);
		api.call(create, article(article("openapi-contract-3", "Anonymous", "Body text.")), 401);
		api.call(create, as(reviewer(), article(article("openapi-contract-4", "By a reviewer", "Body text."))), 403);
		api.call(create,
				as(editor(), article(article("openapi-contract-5", "Too long", "x".repeat(2 * 1024 * 1024 + 1)))), 413);

		api.call("PUT /api/content/articles/{slug}/draft",
				as(editor(), put("/api/content/articles/openapi-contract/draft").contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(draft(written)))),
				201);
		String submit = "POST /api/content/articles/{slug}/revisions/{number}/submit";
		api.call(submit, as(editor(), post("/api/content/articles/openapi-contract/revisions/2/submit")), 200);
		api.call(submit, as(editor(), post("/api/content/articles/openapi-contract/revisions/2/submit")), 409);
		api.call("POST /api/content/preview",
				as(editor(), post("/api/content/preview").contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(Map.of("body", "# Preview")))),
				200);

		api.call("POST /api/content/stats/page-views",
				as(token("service-account-portal", "Portal", "page-view-reporter"),
						post("/api/content/stats/page-views").contentType(MediaType.APPLICATION_JSON)
							.content("{\"days\":[{\"slug\":\"ketamine-addiction\",\"day\":\"2025-06-02\","
									+ "\"views\":1,\"checksStarted\":0}]}")),
				204);
		api.call("GET /api/content/stats", as(admin(), get("/api/content/stats")), 200);
		api.call("GET /api/content/stats", as(admin(), get("/api/content/stats").param("from", "June")), 400);

		assertThat(api.producedStatuses()).as("every status the document uses was produced by a real call")
			.containsAll(api.documentedStatuses());
	}

	private MockHttpServletRequestBuilder article(Map<String, Object> body) {
		return post("/api/content/articles").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body));
	}

}
