package org.carepath.intake.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The instruments are data, not code: one FHIR Questionnaire JSON per instrument under
 * {@code classpath:instruments/}, carrying its own wording, version and licence. Read once at start.
 */
@Component
class InstrumentCatalog {

	private final List<InstrumentSummary> instruments;

	InstrumentCatalog(JsonMapper json) {
		this.instruments = load(json);
	}

	List<InstrumentSummary> all() {
		return this.instruments;
	}

	private static List<InstrumentSummary> load(JsonMapper json) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:instruments/*.json");
			return Arrays.stream(resources)
				.map(resource -> summary(json, resource))
				.sorted(Comparator.comparing(InstrumentSummary::id))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InstrumentSummary summary(JsonMapper json, Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			JsonNode questionnaire = json.readTree(in);
			return new InstrumentSummary(questionnaire.path("id").asString(), questionnaire.path("title").asString(),
					questionnaire.path("version").asString(), questionnaire.path("description").asString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Unreadable instrument " + resource.getDescription(), ex);
		}
	}

}
