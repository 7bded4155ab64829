package org.carepath.intake.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.carepath.intake.alert.CrisisAlerts;
import org.carepath.intake.alert.ScreeningAlert;
import org.carepath.support.audit.AuditLog;
import org.carepath.intake.instrument.AnswerOption;
import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.InstrumentCatalog;
import org.carepath.intake.instrument.Item;
import org.carepath.intake.scoring.ClinicalSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a screening in full and records the read in the audit trail, in one transaction.
 */
@Service
class ScreeningDetails {

	private static final int MAX_REASON = 200;

	private final ScreeningRepository screenings;

	private final ScreeningContactRepository contacts;

	private final InstrumentCatalog catalog;

	private final AuditLog audit;

	private final ResultView results;

	private final JsonMapper json;

	private final StatusChanges statusChanges;

	private final Amendments amendments;

	private final CrisisAlerts alerts;

	private final ReferralLinks referrals;

	ScreeningDetails(ScreeningRepository screenings, ScreeningContactRepository contacts, InstrumentCatalog catalog,
			AuditLog audit, ResultView results, JsonMapper json, StatusChanges statusChanges, Amendments amendments,
			CrisisAlerts alerts, ReferralLinks referrals) {
		this.referrals = referrals;
		this.statusChanges = statusChanges;
		this.amendments = amendments;
		this.alerts = alerts;
		this.screenings = screenings;
		this.contacts = contacts;
		this.catalog = catalog;
		this.audit = audit;
		this.results = results;
		this.json = json;
	}

	/** Empty, and nothing audited, when no screening has this id. */
	@Transactional
	Optional<ScreeningDetail> read(UUID id, String actor, @Nullable String reason) {
		Optional<Screening> found = this.screenings.findById(id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Screening screening = found.get();
		String why = (reason == null || reason.isBlank()) ? "care" : reason.strip();
		this.audit.record(actor, "screening.read", id, why.substring(0, Math.min(why.length(), MAX_REASON)));
		SubmissionResult result = this.results.of(screening);
		Instrument instrument = this.catalog.find(screening.getInstrumentId())
			.orElseThrow(
					() -> new IllegalStateException("Instrument no longer shipped: " + screening.getInstrumentId()));
		Map<String, Object> answers = this.json.readValue(screening.getAnswers(),
				new TypeReference<LinkedHashMap<String, Object>>() {
				});
		List<ScreeningDetail.ItemAnswer> items = instrument.questions()
			.stream()
			.map(item -> itemAnswer(item, answers.get(item.linkId())))
			.toList();
		ScreeningDetail.Contact contact = this.contacts.findById(id)
			.map(c -> new ScreeningDetail.Contact(c.getName(), c.getPhone(), c.getEmail(), c.getPreferredTime(),
					c.isConsentToContact()))
			.orElse(null);
		List<StatusChange> history = this.statusChanges.history(id);
		// Staff reading the detail of an open alert have seen it.
		ScreeningAlert alert = this.alerts.forScreening(id, actor);
		// Answers of another version of the instrument would need that version's wording:
		// versions are stored
		// and, for now, only the current one is shipped.
		Screening.Scored scored = screening.scored();
		String summary = ClinicalSummary.of(screening.getInstrumentId(), instrument, scored.score(), scored.band(),
				scored.positive(), scored.crisis(), scored.nextStep());
		return Optional.of(new ScreeningDetail(screening.getId(), screening.getReference(), screening.getInstrumentId(),
				instrument.title(), screening.getInstrumentVersion(), instrument.copyright(), screening.getMode(),
				screening.getStatus().code(), screening.getAdministeredBy(), screening.getStartedAt(),
				screening.getCompletedAt(), result.score(), instrument.maxScore(), result.band(), result.positive(),
				result.crisis(), this.alerts.hasOpenAlert(id), result.nextStep(), summary, result.interpretation(),
				result.notes(),
				new ScreeningDetail.Respondent(screening.getRespondentSex(), screening.getRespondentAgeBand()), items,
				contact, screening.getVersion(), screening.getStatus().nextCodes(), history,
				StatusChanges.briefIntervention(history), screening.getRevision(), this.amendments.list(screening),
				alert, this.referrals.of(id)));
	}

	private static ScreeningDetail.ItemAnswer itemAnswer(Item item, @Nullable Object answer) {
		if (answer instanceof String code) {
			AnswerOption option = item.option(code).orElse(null);
			return new ScreeningDetail.ItemAnswer(item.linkId(), item.text(), code,
					(option != null) ? option.coding().display() : null,
					(option != null) ? option.ordinalValue() : null);
		}
		return new ScreeningDetail.ItemAnswer(item.linkId(), item.text(), answer, null, null);
	}

}
