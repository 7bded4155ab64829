package org.carepath.intake.screening;

import java.time.Clock;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.InstrumentCatalog;

import org.springframework.stereotype.Component;

/**
 * A stored screening as the person saw its result, with the crisis panel, resources and
 * articles (docs/clinical-rules.md): the same when submitted, replayed, or read again.
 */
@Component
class ResultView {

	private final JsonMapper json;

	private final InstrumentCatalog catalog;

	private final OpeningHours hours;

	private final Clock clock;

	ResultView(JsonMapper json, InstrumentCatalog catalog, OpeningHours hours, Clock clock) {
		this.json = json;
		this.catalog = catalog;
		this.hours = hours;
		this.clock = clock;
	}

	SubmissionResult of(Screening screening) {
		Screening.Scored scored = screening.scored();
		List<String> notes = this.json.readValue(scored.notes(), new TypeReference<List<String>>() {
		});
		Instrument instrument = this.catalog.find(screening.getInstrumentId())
			.filter(shipped -> shipped.version().equals(screening.getInstrumentVersion()))
			.orElse(null);
		return new SubmissionResult(scored.crisis() ? Guidance.crisisPanel() : null, screening.getId(),
				screening.getReference(), screening.getInstrumentId(), screening.getInstrumentVersion(), scored.score(),
				(instrument != null) ? instrument.maxScore() : null, scored.band(), scored.positive(), scored.crisis(),
				new SubmissionResult.Step(scored.nextStep().code(), scored.nextStep().text()),
				this.hours.review(this.clock.instant()), scored.interpretation(), notes,
				Guidance.resources(scored.positive()), Guidance.articles(screening.getInstrumentId()));
	}

}
