package org.carepath.intake.instrument;

/**
 * One screening instrument as the public list shows it. {@code itemCount} counts the
 * questions a person may be asked (CRAFFT's skip rule can leave some out);
 * {@code lookBack} is an ISO 8601 period.
 */
record InstrumentSummary(String id, String title, String version, String description, int itemCount,
		int estimatedMinutes, String population, String lookBack, String copyright) {

	static InstrumentSummary of(Instrument instrument) {
		return new InstrumentSummary(instrument.id(), instrument.title(), instrument.version(),
				instrument.description(), instrument.questions().size(), instrument.estimatedMinutes(),
				instrument.population(), instrument.lookBack(), instrument.copyright());
	}

}
