package org.carepath.portal.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carepath.portal.system.ServiceListing;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Reads the self-check instruments from the intake service. Built from Boot's {@link RestClient.Builder}, so
 * trace headers propagate and the configured timeouts apply.
 */
@Component
class IntakeClient {

	private static final Logger log = LoggerFactory.getLogger(IntakeClient.class);

	private final RestClient restClient;

	IntakeClient(RestClient.Builder builder, @Value("${carepath.services.intake-url}") String intakeUrl) {
		this.restClient = builder.baseUrl(intakeUrl).build();
	}

	ServiceListing<InstrumentSummary> instruments() {
		try {
			JsonNode body = this.restClient.get()
				.uri("/api/intake/instruments")
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(JsonNode.class);
			return ServiceListing.fromJson(body, InstrumentSummary::fromJson);
		}
		catch (RuntimeException ex) {
			// Whatever went wrong (down, slow, 5xx, odd JSON), the page still renders.
			ServiceListing.logFailure(log, "Instrument list", ex);
			return ServiceListing.unavailable();
		}
	}

	/** The form of one self-check; a {@link ServiceProblem} (404 when there is no such instrument) otherwise. */
	Questionnaire questionnaire(String id) {
		JsonNode body;
		try {
			body = this.restClient.get()
				.uri("/api/intake/instruments/{id}", id)
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(JsonNode.class);
		}
		catch (RuntimeException ex) {
			throw ServiceProblem.of(ex);
		}
		if (body == null || !body.isObject()) {
			throw new ServiceProblem(502, null, null, List.of());
		}
		return Questionnaire.fromJson(id, body);
	}

	/**
	 * Submits a self-check anonymously ({@code mode: self}, no token). The idempotency key makes a double submit
	 * or a retried request one screening. A refusal arrives as a {@link ServiceProblem}.
	 */
	ScreeningResult submit(String instrument, Map<String, Object> answers, @Nullable String sex,
			@Nullable String ageBand, String idempotencyKey) {
		Map<String, Object> respondent = new LinkedHashMap<>();
		respondent.put("sex", sex);
		respondent.put("ageBand", ageBand);
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("instrument", instrument);
		request.put("mode", "self");
		request.put("answers", answers);
		request.put("respondent", respondent);
		request.put("contact", null);
		JsonNode body;
		try {
			body = this.restClient.post()
				.uri("/api/intake/screenings")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
				.header("Idempotency-Key", idempotencyKey)
				.body(request)
				.retrieve()
				.body(JsonNode.class);
		}
		catch (RuntimeException ex) {
			throw ServiceProblem.of(ex);
		}
		if (body == null || !body.isObject()) {
			throw new ServiceProblem(502, null, null, List.of());
		}
		return ScreeningResult.fromJson(body);
	}

}
