package org.carepath.support.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a service's OpenAPI document cannot learn from its controllers: the operations
 * open without a token (or taking one optionally), those answering 201 or 204 rather than
 * 200, those serving FHIR, and the responses each gives beyond the ones every operation
 * shares ({@link ApiDocumentation} adds those). Operations are named
 * {@code "METHOD /path"} as the document names them, e.g. {@code "GET
 * /api/intake/screenings/{id}"}; naming one the API does not have fails the document, so
 * a renamed endpoint cannot leave a stale entry behind. One bean per service.
 */
public final class ApiOperations {

	private final Map<String, Spec> specs = new LinkedHashMap<>();

	private final Map<Integer, String> everyRequestBody = new LinkedHashMap<>();

	/** Operations anyone may call without a token. */
	public ApiOperations open(String... operations) {
		for (String operation : operations) {
			spec(operation).access = Access.OPEN;
		}
		return this;
	}

	/**
	 * Operations open to anyone that also take a token (what they do may depend on who
	 * calls).
	 */
	public ApiOperations tokenOptional(String... operations) {
		for (String operation : operations) {
			spec(operation).access = Access.OPTIONAL;
		}
		return this;
	}

	/** The operation answers 201 (not 200) with the body springdoc found. */
	public ApiOperations created(String operation, String description) {
		spec(operation).success = new Success(201, description);
		return this;
	}

	/** The operation answers 204 with no body (not 200). */
	public ApiOperations noContent(String operation, String description) {
		spec(operation).success = new Success(204, description);
		return this;
	}

	/**
	 * The operation's 200 is a FHIR R4 resource, {@code application/fhir+json}, and in
	 * these other media types when the client asks for them.
	 */
	public ApiOperations fhir(String operation, String description, String... alsoAs) {
		Spec spec = spec(operation);
		spec.fhir = description;
		spec.fhirAlsoAs = List.of(alsoAs);
		return this;
	}

	/**
	 * A further response: a success or redirect status carries the operation's usual body
	 * (none for 204 and 304), an error status a problem.
	 */
	public ApiOperations response(String operation, int status, String description) {
		spec(operation).responses.put(status, description);
		return this;
	}

	/** A response every operation with a request body can give (e.g. a size limit). */
	public ApiOperations forEveryRequestBody(int status, String description) {
		this.everyRequestBody.put(status, description);
		return this;
	}

	@Nullable Spec find(String operation) {
		return this.specs.get(operation);
	}

	Set<String> named() {
		return this.specs.keySet();
	}

	Map<Integer, String> everyRequestBody() {
		return this.everyRequestBody;
	}

	private Spec spec(String operation) {
		if (!operation.matches("(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS) /\\S*")) {
			throw new IllegalArgumentException("Name operations as \"METHOD /path\", not: " + operation);
		}
		return this.specs.computeIfAbsent(operation, (name) -> new Spec());
	}

	enum Access {

		OPEN, OPTIONAL, REQUIRED

	}

	record Success(int status, String description) {
	}

	static final class Spec {

		Access access = Access.REQUIRED;

		@Nullable Success success;

		@Nullable String fhir;

		List<String> fhirAlsoAs = new ArrayList<>();

		final Map<Integer, String> responses = new LinkedHashMap<>();

	}

}
