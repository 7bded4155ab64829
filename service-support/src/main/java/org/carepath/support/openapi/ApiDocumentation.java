package org.carepath.support.openapi;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.carepath.support.openapi.ApiOperations.Access;
import org.carepath.support.openapi.ApiOperations.Spec;

/**
 * Makes a service's OpenAPI document say what the service really does, where springdoc
 * cannot see it: who the API is (title, description, version), how to get a token (a
 * bearer JWT from the clinic's Keycloak realm, by OAuth2 authorization code or client
 * credentials) and which operations need one, and the errors every operation shares — all
 * {@code application/problem+json} (service-support's problem handling):
 * <ul>
 * <li>400 when it takes parameters or a body (invalid fields, unreadable text, a
 * malformed id),</li>
 * <li>401 when it takes a token, and 403 when it needs one,</li>
 * <li>404 when its path names something by id,</li>
 * <li>415 when it takes a body.</li>
 * </ul>
 * The service's {@link ApiOperations} adds the rest: open operations, 201/204, FHIR
 * bodies, 409, 422, 429 and the like. A success body springdoc leaves as
 * {@code *}{@code /*} is {@code application/json}, which is what the services answer.
 */
public final class ApiDocumentation implements OpenApiCustomizer {

	static final String PROBLEM_JSON = "application/problem+json";

	static final String JSON = "application/json";

	static final String FHIR_JSON = "application/fhir+json";

	static final String BEARER = "bearer";

	static final String KEYCLOAK = "keycloak";

	private static final Map<Integer, String> SHARED = Map.of(400,
			"Invalid request: type `validation` lists each invalid field in `errors`; `malformed-request` when the"
					+ " request holds text that cannot be read; `bad-request` for a malformed id or parameter.",
			401, "No valid token: none, expired, from another issuer, or not naming this service as its audience.", 403,
			"The token lacks a role this operation needs.", 404, "Nothing has this id, or not for this caller.", 415,
			"The body is not JSON: send `Content-Type: application/json`.");

	private final ApiDocumentationProperties properties;

	private final @Nullable String issuer;

	private final @Nullable String audience;

	private final ApiOperations operations;

	ApiDocumentation(ApiDocumentationProperties properties, @Nullable String issuer, @Nullable String audience,
			ApiOperations operations) {
		this.properties = properties;
		this.issuer = issuer;
		this.audience = audience;
		this.operations = operations;
	}

	@Override
	public void customise(OpenAPI openApi) {
		openApi.info(new Info().title(this.properties.title())
			.description(this.properties.description())
			.version(this.properties.version()));
		Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
		openApi.components(components);
		components.addSecuritySchemes(BEARER, bearer());
		if (this.issuer != null) {
			components.addSecuritySchemes(KEYCLOAK, keycloak(this.issuer));
		}
		components.addSchemas("Problem", problem());
		Set<String> unknown = new LinkedHashSet<>(this.operations.named());
		if (openApi.getPaths() != null) {
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				String name = method + " " + path;
				unknown.remove(name);
				Spec spec = this.operations.find(name);
				document(path, operation, (spec != null) ? spec : new Spec());
			}));
		}
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("ApiOperations names operations this API does not have: " + unknown);
		}
	}

	private void document(String path, Operation operation, Spec spec) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		responses.values().forEach(ApiDocumentation::jsonForAnyType);
		success(responses, spec);
		if (spec.access != Access.OPEN) {
			operation.setSecurity(security(spec.access));
		}
		Map<Integer, String> problems = new LinkedHashMap<>();
		boolean body = operation.getRequestBody() != null;
		if (body || (operation.getParameters() != null && !operation.getParameters().isEmpty())) {
			problems.put(400, SHARED.get(400));
		}
		if (spec.access != Access.OPEN) {
			problems.put(401, SHARED.get(401));
		}
		if (spec.access == Access.REQUIRED) {
			// Every operation that needs a token needs a role too (the services'
			// SecurityConfiguration); one open to anyone says for itself when it answers
			// 403.
			problems.put(403, SHARED.get(403));
		}
		if (path.contains("{")) {
			problems.put(404, SHARED.get(404));
		}
		if (body) {
			problems.put(415, SHARED.get(415));
			problems.putAll(this.operations.everyRequestBody());
		}
		problems.putAll(spec.responses);
		problems.forEach((status, description) -> responses.addApiResponse(String.valueOf(status),
				response(status, description, responses)));
		Map<String, ApiResponse> ordered = new TreeMap<>(responses);
		ApiResponses sorted = new ApiResponses();
		ordered.forEach(sorted::addApiResponse);
		operation.setResponses(sorted);
	}

	/** Springdoc documents 200; the spec may say 201, 204 or FHIR instead. */
	private static void success(ApiResponses responses, Spec spec) {
		ApiResponse ok = responses.get("200");
		if (spec.fhir != null) {
			ok = (ok != null) ? ok : new ApiResponse();
			Content content = new Content().addMediaType(FHIR_JSON, new MediaType().schema(fhirResource()));
			spec.fhirAlsoAs.forEach((type) -> content.addMediaType(type, new MediaType().schema(fhirResource())));
			responses.addApiResponse("200", ok.description(spec.fhir).content(content));
		}
		if (spec.success != null && ok != null) {
			responses.remove("200");
			ApiResponse success = new ApiResponse().description(spec.success.description());
			if (spec.success.status() != 204) {
				success.content(ok.getContent());
			}
			responses.addApiResponse(String.valueOf(spec.success.status()), success);
		}
	}

	private static ApiResponse response(int status, String description, ApiResponses responses) {
		ApiResponse response = new ApiResponse().description(description);
		if (status >= 400) {
			return response.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
		}
		if (status != 204 && status != 304) {
			// Another success with the operation's usual body (e.g. a replayed request).
			responses.entrySet()
				.stream()
				.filter(entry -> entry.getKey().startsWith("2") && entry.getValue().getContent() != null)
				.findFirst()
				.ifPresent(entry -> response.content(entry.getValue().getContent()));
		}
		return response;
	}

	private static void jsonForAnyType(ApiResponse response) {
		Content content = response.getContent();
		if (content != null && content.containsKey("*/*")) {
			MediaType any = content.remove("*/*");
			content.addMediaType(JSON, any);
		}
	}

	private static List<SecurityRequirement> security(Access access) {
		List<SecurityRequirement> requirements = new java.util.ArrayList<>();
		if (access == Access.OPTIONAL) {
			// An empty requirement: calling without a token is allowed too.
			requirements.add(new SecurityRequirement());
		}
		requirements.add(new SecurityRequirement().addList(BEARER));
		requirements.add(new SecurityRequirement().addList(KEYCLOAK));
		return requirements;
	}

	private SecurityScheme bearer() {
		return new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("JWT")
			.description("An access token from the clinic's Keycloak realm"
					+ ((this.issuer != null) ? " (" + this.issuer + ")" : "")
					+ ((this.audience != null) ? " whose audience names " + this.audience : "")
					+ "; the realm roles in it decide what the caller may do.");
	}

	private static SecurityScheme keycloak(String issuer) {
		String endpoints = issuer + "/protocol/openid-connect/";
		Scopes openid = new Scopes().addString("openid", "Sign in with OpenID Connect");
		return new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
			.description("How to get the bearer token: staff and patients sign in (authorization code with PKCE);"
					+ " partner programs use their client credentials.")
			.flows(new OAuthFlows().authorizationCode(
					new OAuthFlow().authorizationUrl(endpoints + "auth").tokenUrl(endpoints + "token").scopes(openid))
				.clientCredentials(new OAuthFlow().tokenUrl(endpoints + "token").scopes(new Scopes())));
	}

	/** RFC 9457 problem details as service-support's problem handling writes them. */
	private static Schema<?> problem() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema())
			.description("One invalid field (some problem types add members, e.g. `linkId` or `element`).");
		return new ObjectSchema()
			.description("A problem (RFC 9457). Branch on `type`, never on `title` or `detail`; types may add members"
					+ " of their own (e.g. `currentStatus`, `retryAfterSeconds`).")
			.addProperty("type", new StringSchema().format("uri").description("Stable: urn:carepath:problem:<slug>."))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("traceId", new StringSchema().description("Finds the request in the service's logs."))
			.addProperty("errors", new ArraySchema().items(fieldError))
			.additionalProperties(true)
			.required(List.of("type", "title", "status"));
	}

	private static Schema<?> fhirResource() {
		return new ObjectSchema().description("A FHIR R4 resource (JSON), see https://hl7.org/fhir/R4/.")
			.addProperty("resourceType", new StringSchema())
			.additionalProperties(true);
	}

}
