package org.carepath.intake.instrument;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/intake/instruments")
class InstrumentController {

	static final String FHIR_JSON = "application/fhir+json";

	private final InstrumentCatalog catalog;

	InstrumentController(InstrumentCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	List<InstrumentSummary> list() {
		return this.catalog.summaries();
	}

	/**
	 * The Questionnaire byte for byte as shipped, wording and licence included: the
	 * public form is built from it.
	 */
	@GetMapping(path = "/{id}", produces = { FHIR_JSON, MediaType.APPLICATION_JSON_VALUE })
	byte[] questionnaire(@PathVariable String id) {
		return this.catalog.questionnaire(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No instrument has this id."));
	}

}
