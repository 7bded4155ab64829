package org.carepath.intake.screening;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A stored screening as the person saw its result, with the crisis panel, resources and
 * articles (docs/clinical-rules.md): the same when submitted, replayed, or read again.
 */
@Component
class ResultView {

	private final JsonMapper json;

	ResultView(JsonMapper json) {
		this.json = json;
	}

	SubmissionResult of(Screening screening) {
		Screening.Scored scored = screening.scored();
		List<String> notes = this.json.readValue(scored.notes(), new TypeReference<List<String>>() {
		});
		return new SubmissionResult(scored.crisis() ? Guidance.crisisPanel() : null, screening.getId(),
				screening.getReference(), screening.getInstrumentId(), screening.getInstrumentVersion(), scored.score(),
				scored.band(), scored.positive(), scored.crisis(),
				new SubmissionResult.Step(scored.nextStep().code(), scored.nextStep().text()), scored.interpretation(),
				notes, Guidance.resources(scored.positive()), Guidance.articles(screening.getInstrumentId()));
	}

}
