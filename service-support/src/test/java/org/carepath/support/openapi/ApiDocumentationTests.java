package org.carepath.support.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ApiDocumentationTests {

	static final ApiDocumentationProperties PROPERTIES = new ApiDocumentationProperties("CarePath test API",
			"What it is for.", "1.2.3");

	@Test
	void everyOperationGetsTheProblemsItsShapeImplies() {
		OpenAPI api = api();

		document(api, new ApiOperations());

		Operation write = api.getPaths().get("/things/{id}").getPost();
		assertThat(write.getResponses()).containsOnlyKeys("200", "400", "401", "403", "404", "415");
		assertThat(write.getResponses().get("404").getContent()).containsOnlyKeys("application/problem+json");
		assertThat(write.getResponses().get("200").getContent()).containsOnlyKeys("application/json");
		assertThat(write.getSecurity()).hasSize(2);
		Operation list = api.getPaths().get("/things").getGet();
		assertThat(list.getResponses()).containsOnlyKeys("200", "401", "403");
		assertThat(api.getInfo().getTitle()).isEqualTo("CarePath test API");
		assertThat(api.getComponents().getSecuritySchemes()).containsOnlyKeys("bearer", "keycloak");
		assertThat(api.getComponents().getSchemas()).containsKey("Problem");
	}

	@Test
	void theServiceSaysWhatIsOpenCreatedOrRefusedBeyondThat() {
		OpenAPI api = api();

		document(api,
				new ApiOperations().open("GET /things")
					.created("POST /things/{id}", "Stored.")
					.response("POST /things/{id}", 409, "Taken."));

		Operation write = api.getPaths().get("/things/{id}").getPost();
		assertThat(write.getResponses()).containsOnlyKeys("201", "400", "401", "403", "404", "409", "415");
		assertThat(write.getResponses().get("201").getContent()).containsOnlyKeys("application/json");
		Operation list = api.getPaths().get("/things").getGet();
		assertThat(list.getResponses()).containsOnlyKeys("200");
		assertThat(list.getSecurity()).isNull();
	}

	@Test
	void anOperationTheApiDoesNotHaveFailsTheDocument() {
		assertThatIllegalStateException().isThrownBy(() -> document(api(), new ApiOperations().open("GET /thing")))
			.withMessageContaining("GET /thing");
	}

	private static void document(OpenAPI api, ApiOperations operations) {
		new ApiDocumentation(PROPERTIES, "http://localhost:8180/realms/carepath", "carepath-test", operations)
			.customise(api);
	}

	/** What springdoc makes of two handlers: every success 200 of any media type. */
	private static OpenAPI api() {
		return new OpenAPI()
			.paths(new Paths().addPathItem("/things", new PathItem().get(new Operation().responses(ok())))
				.addPathItem("/things/{id}",
						new PathItem().post(new Operation().addParametersItem(new Parameter().in("path").name("id"))
							.requestBody(new RequestBody().content(json()))
							.responses(ok()))));
	}

	private static ApiResponses ok() {
		return new ApiResponses().addApiResponse("200",
				new ApiResponse().description("OK").content(new Content().addMediaType("*/*", new MediaType())));
	}

	private static Content json() {
		return new Content().addMediaType("application/json", new MediaType().schema(new ObjectSchema()));
	}

}
