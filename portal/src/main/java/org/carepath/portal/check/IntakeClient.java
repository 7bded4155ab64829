package org.carepath.portal.check;

import org.carepath.portal.system.ServiceListing;
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

}
