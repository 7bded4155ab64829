package org.carepath.intake.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The instruments are data, not code: one FHIR Questionnaire JSON per instrument under
 * {@code classpath:instruments/}, carrying its own wording, item scores, version and
 * licence. Read once at start; a malformed file stops the service rather than mis-scoring
 * anyone.
 */
@Component
public class InstrumentCatalog {

	static final String LOCATION = "classpath*:instruments/*.json";

	private final Map<String, Entry> instruments;

	@Autowired
	InstrumentCatalog(JsonMapper json) {
		this(json, LOCATION);
	}

	/** For tests: instruments from another place. */
	InstrumentCatalog(JsonMapper json, String location) {
		this.instruments = load(json, location);
	}

	/** Every instrument, by id. */
	public List<Instrument> all() {
		return this.instruments.values().stream().map(Entry::instrument).toList();
	}

	public Optional<Instrument> find(String id) {
		return Optional.ofNullable(this.instruments.get(id)).map(Entry::instrument);
	}

	List<InstrumentSummary> summaries() {
		return all().stream().map(InstrumentSummary::of).toList();
	}

	/** The Questionnaire exactly as shipped (a copy: the stored bytes stay untouched). */
	Optional<byte[]> questionnaire(String id) {
		return Optional.ofNullable(this.instruments.get(id)).map(entry -> entry.questionnaire().clone());
	}

	private static Map<String, Entry> load(JsonMapper json, String location) {
		Resource[] resources;
		try {
			resources = new PathMatchingResourcePatternResolver().getResources(location);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list instruments at " + location, ex);
		}
		if (resources.length == 0) {
			throw new IllegalStateException("No instruments found at " + location);
		}
		Map<String, Entry> instruments = new LinkedHashMap<>();
		Arrays.stream(resources)
			.map(resource -> entry(json, resource))
			.sorted(Comparator.comparing(entry -> entry.instrument().id()))
			.forEach(entry -> {
				if (instruments.putIfAbsent(entry.instrument().id(), entry) != null) {
					throw new MalformedInstrumentException(entry.source(),
							"another file already has id '" + entry.instrument().id() + "'");
				}
			});
		return Collections.unmodifiableMap(instruments);
	}

	private static Entry entry(JsonMapper json, Resource resource) {
		String source = (resource.getFilename() != null) ? resource.getFilename() : resource.getDescription();
		byte[] bytes;
		try (InputStream in = resource.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Unreadable instrument " + resource.getDescription(), ex);
		}
		JsonNode questionnaire;
		try {
			// Duplicate keys would let one value silently win: refuse them.
			questionnaire = json.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(bytes);
		}
		catch (JacksonException ex) {
			throw new MalformedInstrumentException(source, "not valid JSON (" + ex.getOriginalMessage() + ")", ex);
		}
		Instrument instrument = QuestionnaireReader.read(questionnaire, source);
		if (!source.equals(instrument.id() + ".json")) {
			throw new MalformedInstrumentException(source,
					"the file name must be the id '" + instrument.id() + "' followed by .json");
		}
		return new Entry(instrument, bytes, source);
	}

	private record Entry(Instrument instrument, byte[] questionnaire, String source) {
	}

}
