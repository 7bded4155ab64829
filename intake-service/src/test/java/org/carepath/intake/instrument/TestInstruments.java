package org.carepath.intake.instrument;

import tools.jackson.databind.json.JsonMapper;

/**
 * The instruments as shipped, read without Spring, for unit tests of this and other
 * packages.
 */
public final class TestInstruments {

	private static final InstrumentCatalog CATALOG = new InstrumentCatalog(JsonMapper.builder().build());

	private TestInstruments() {
	}

	public static InstrumentCatalog catalog() {
		return CATALOG;
	}

	public static Instrument get(String id) {
		return CATALOG.find(id).orElseThrow(() -> new IllegalArgumentException("No instrument " + id));
	}

}
