package org.carepath.intake.instrument;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One screening instrument as the public list shows it. {@code itemCount} counts the
 * questions a person may be asked (CRAFFT's skip rule can leave some out);
 * {@code lookBack} is an ISO 8601 period. {@code minAge}/{@code maxAge} (years, null when
 * open-ended) and {@code topics} say whom it is for and what it is about, so the public
 * list can help a person choose.
 */
record InstrumentSummary(String id, String title, String version, String description, int itemCount,
		int estimatedMinutes, String population, String lookBack, String copyright, @Nullable Integer minAge,
		@Nullable Integer maxAge, List<String> topics) {

	static InstrumentSummary of(Instrument instrument) {
		return new InstrumentSummary(instrument.id(), instrument.title(), instrument.version(),
				instrument.description(), instrument.questions().size(), instrument.estimatedMinutes(),
				instrument.population(), instrument.lookBack(), instrument.copyright(), instrument.minAge(),
				instrument.maxAge(), instrument.topics());
	}

}
