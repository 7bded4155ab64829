package org.carepath.intake.instrument;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/intake/instruments")
class InstrumentController {

	private final InstrumentCatalog catalog;

	InstrumentController(InstrumentCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	List<InstrumentSummary> list() {
		return this.catalog.all();
	}

}
