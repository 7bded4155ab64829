package org.carepath.intake.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.carepath.support.audit.AuditLog;
import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.InstrumentCatalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's own screenings, found by the token's {@code sub} stored with each signed-in
 * self-check. Reading them is a read of health data like any other: audited, once per
 * screening shown.
 */
@Service
class MyScreenings {

	static final String OWN_RECORD = "patient viewing own record";

	private final ScreeningRepository screenings;

	private final InstrumentCatalog catalog;

	private final ResultView results;

	private final AuditLog audit;

	MyScreenings(ScreeningRepository screenings, InstrumentCatalog catalog, ResultView results, AuditLog audit) {
		this.screenings = screenings;
		this.catalog = catalog;
		this.results = results;
		this.audit = audit;
	}

	@Transactional
	OwnScreenings list(String subject, String actor) {
		List<Screening> mine = this.screenings.findBySubjectOrderByCompletedAtDescIdDesc(subject);
		if (mine.isEmpty()) {
			// Nothing was shown, but the look was made: keep it in the trail too.
			this.audit.record(actor, "screening.listed-own", null, OWN_RECORD);
		}
		List<OwnScreenings.Summary> summaries = new ArrayList<>();
		for (Screening screening : mine) {
			this.audit.record(actor, "screening.listed-own", screening.getId(), OWN_RECORD);
			summaries.add(summary(screening));
		}
		return new OwnScreenings(summaries, trends(summaries));
	}

	/**
	 * One of the caller's own results as they saw it when they submitted; empty for
	 * anyone else's.
	 */
	@Transactional
	Optional<SubmissionResult> one(UUID id, String subject, String actor) {
		return this.screenings.findByIdAndSubject(id, subject).map(screening -> {
			this.audit.record(actor, "screening.read-own", id, OWN_RECORD);
			return this.results.of(screening);
		});
	}

	private OwnScreenings.Summary summary(Screening screening) {
		SubmissionResult result = this.results.of(screening);
		Instrument instrument = this.catalog.find(screening.getInstrumentId()).orElse(null);
		return new OwnScreenings.Summary(screening.getId(), screening.getReference(), screening.getInstrumentId(),
				(instrument != null) ? instrument.title() : screening.getInstrumentId(),
				screening.getInstrumentVersion(), screening.getCompletedAt(), result.score(),
				(instrument != null) ? instrument.maxScore() : null, result.band(), result.positive(), result.crisis(),
				result.nextStep());
	}

	/**
	 * Per instrument, most recently taken first; points oldest first, the order a trend
	 * is read in.
	 */
	private static List<OwnScreenings.Trend> trends(List<OwnScreenings.Summary> newestFirst) {
		Map<String, List<OwnScreenings.Point>> byInstrument = new LinkedHashMap<>();
		for (OwnScreenings.Summary summary : newestFirst) {
			byInstrument.computeIfAbsent(summary.instrument(), key -> new ArrayList<>())
				.add(0, new OwnScreenings.Point(summary.completedAt(), summary.score(), summary.band()));
		}
		return byInstrument.entrySet()
			.stream()
			.map(entry -> new OwnScreenings.Trend(entry.getKey(), List.copyOf(entry.getValue())))
			.toList();
	}

}
