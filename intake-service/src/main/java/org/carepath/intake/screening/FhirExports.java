package org.carepath.intake.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.carepath.support.audit.AuditLog;
import org.carepath.intake.fhir.ExportedScreening;
import org.carepath.intake.fhir.FhirExport;
import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.InstrumentCatalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A screening as a FHIR Bundle for staff; every export is a read of health data and is
 * audited like the detail.
 */
@Service
class FhirExports {

	private static final int MAX_REASON = 200;

	private final ScreeningRepository screenings;

	private final InstrumentCatalog catalog;

	private final AuditLog audit;

	private final FhirExport fhir;

	private final JsonMapper json;

	FhirExports(ScreeningRepository screenings, InstrumentCatalog catalog, AuditLog audit, FhirExport fhir,
			JsonMapper json) {
		this.screenings = screenings;
		this.catalog = catalog;
		this.audit = audit;
		this.fhir = fhir;
		this.json = json;
	}

	/** Empty, and nothing audited, when no screening has this id. */
	@Transactional
	Optional<byte[]> bundle(UUID id, String actor, @Nullable String reason) {
		Optional<Screening> found = this.screenings.findById(id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Screening screening = found.get();
		String why = (reason == null || reason.isBlank()) ? "care" : reason.strip();
		this.audit.record(actor, "screening.exported-fhir", id, why.substring(0, Math.min(why.length(), MAX_REASON)));
		Instrument instrument = this.catalog.find(screening.getInstrumentId())
			.orElseThrow(
					() -> new IllegalStateException("Instrument no longer shipped: " + screening.getInstrumentId()));
		Map<String, Object> answers = this.json.readValue(screening.getAnswers(),
				new TypeReference<LinkedHashMap<String, Object>>() {
				});
		Screening.Scored scored = screening.scored();
		List<String> notes = this.json.readValue(scored.notes(), new TypeReference<List<String>>() {
		});
		return Optional.of(this.fhir
			.json(new ExportedScreening(screening.getId(), screening.getReference(), screening.getInstrumentVersion(),
					screening.getMode(), screening.getAdministeredBy(), screening.getCompletedAt(), answers,
					scored.score(), scored.band(), scored.positive(), scored.crisis(), notes), instrument));
	}

}
